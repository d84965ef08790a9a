# DL3049: the labels come only from an ONBUILD LABEL trigger (applies to child images)
FROM alpine:3.22
ONBUILD LABEL org.opencontainers.image.authors="Ann Lee" org.opencontainers.image.source="https://github.com/example/web"
