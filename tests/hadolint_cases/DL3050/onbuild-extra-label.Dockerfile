# DL3050: extra label only inside an ONBUILD LABEL trigger
FROM alpine:3.22
LABEL org.opencontainers.image.version="1.4.0" org.opencontainers.image.authors="Ann Lee"
ONBUILD LABEL child-build="true"
