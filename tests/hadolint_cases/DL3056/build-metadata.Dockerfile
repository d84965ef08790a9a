# DL3056: 1.0.0+build.5 with build metadata
FROM alpine:3.22
LABEL org.opencontainers.image.version="1.0.0+build.5"
