# DL3056: 01.2.3 has a leading zero (forbidden by SemVer 2.0)
FROM alpine:3.22
LABEL org.opencontainers.image.version="01.2.3"
