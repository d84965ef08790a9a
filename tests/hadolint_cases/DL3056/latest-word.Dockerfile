# DL3056: the word latest
FROM alpine:3.22
LABEL org.opencontainers.image.version="latest"
