# DL3056: 1.2.3.4 has four parts
FROM alpine:3.22
LABEL org.opencontainers.image.version="1.2.3.4"
