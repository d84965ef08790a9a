# DL3052: a bare host name is not a URL
FROM alpine:3.22
LABEL org.opencontainers.image.url="example.com/web"
