# DL3056: v1.4.0 (leading v is not part of SemVer)
FROM alpine:3.22
LABEL org.opencontainers.image.version="v1.4.0"
