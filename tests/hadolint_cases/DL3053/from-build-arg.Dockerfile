# DL3053: value from an ARG set with --build-arg at build time
FROM alpine:3.22
ARG BUILD_DATE
LABEL org.opencontainers.image.created="${BUILD_DATE}"
