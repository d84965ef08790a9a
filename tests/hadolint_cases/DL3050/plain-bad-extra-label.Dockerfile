# DL3050: one label that the schema does not list
FROM alpine:3.22
LABEL org.opencontainers.image.version="1.4.0" build-host="ci-7"
