# DL3056: 1.4.0 is a semantic version
FROM alpine:3.22
LABEL org.opencontainers.image.version="1.4.0"
