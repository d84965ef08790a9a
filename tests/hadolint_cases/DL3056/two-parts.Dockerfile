# DL3056: 1.4 has no patch number
FROM alpine:3.22
LABEL org.opencontainers.image.version="1.4"
