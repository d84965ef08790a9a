# DL3052: URL containing a space
FROM alpine:3.22
LABEL org.opencontainers.image.url="https://example.com/my docs"
