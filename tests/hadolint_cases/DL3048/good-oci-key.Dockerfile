# DL3048: a lowercase reverse-DNS key is fine
FROM alpine:3.22
LABEL org.opencontainers.image.title="web"
