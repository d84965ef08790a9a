# DL3056: 2.0.0-rc.1 pre-release
FROM alpine:3.22
LABEL org.opencontainers.image.version="2.0.0-rc.1"
