# DL3011: one invalid port among several, with a line continuation
FROM alpine:3.20
EXPOSE 80 \
       443 \
       100000/tcp
