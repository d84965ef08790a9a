# DL3054: MIT is a valid SPDX identifier
FROM alpine:3.22
LABEL org.opencontainers.image.licenses="MIT"
