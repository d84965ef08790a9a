# DL3056: version from an ARG
FROM alpine:3.22
ARG VERSION=1.4.0
LABEL org.opencontainers.image.version="${VERSION}"
