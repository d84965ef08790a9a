# DL3050: extra label whose key comes from an ARG
FROM alpine:3.22
ARG KEY=build-host
LABEL org.opencontainers.image.version="1.4.0" org.opencontainers.image.authors="Ann Lee" ${KEY}="ci-7"
