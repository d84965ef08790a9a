# DL3052: an https URL is valid
FROM alpine:3.22
LABEL org.opencontainers.image.url="https://example.com/web"
