# DL3052: file:/// URI with an empty host
FROM alpine:3.22
LABEL org.opencontainers.image.url="file:///usr/share/doc/web/index.html"
