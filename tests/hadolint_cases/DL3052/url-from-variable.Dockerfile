# DL3052: URL built from an ARG
FROM alpine:3.22
ARG REPO=example/web
LABEL org.opencontainers.image.url="https://github.com/${REPO}"
