# DL3056: v1.4 is not a semantic version
FROM alpine:3.22
LABEL org.opencontainers.image.version="v1.4"
