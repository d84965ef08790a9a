# DL3052: scheme with nothing after ://
FROM alpine:3.22
LABEL org.opencontainers.image.url="https://"
