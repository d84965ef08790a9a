# DL3052: unquoted valid URL
FROM alpine:3.22
LABEL org.opencontainers.image.url=https://example.com/web
