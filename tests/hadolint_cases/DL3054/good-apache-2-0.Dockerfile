# DL3054: Apache-2.0 is valid
FROM alpine:3.22
LABEL org.opencontainers.image.licenses="Apache-2.0"
