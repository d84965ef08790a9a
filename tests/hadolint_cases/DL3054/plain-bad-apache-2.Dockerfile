# DL3054: "Apache 2" is not an SPDX identifier
FROM alpine:3.22
LABEL org.opencontainers.image.licenses="Apache 2"
