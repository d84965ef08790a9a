# DL3051: schema label whose value is only spaces
FROM alpine:3.22
LABEL org.opencontainers.image.authors="   " org.opencontainers.image.vendor="Example Corp"
