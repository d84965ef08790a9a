# DL3056: 1.0.0-01 numeric pre-release id with leading zero (invalid)
FROM alpine:3.22
LABEL org.opencontainers.image.version="1.0.0-01"
