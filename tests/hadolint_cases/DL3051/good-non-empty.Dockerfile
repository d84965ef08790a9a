# DL3051: schema labels with values
FROM alpine:3.22
LABEL org.opencontainers.image.authors="Ann Lee" org.opencontainers.image.vendor="Example Corp"
