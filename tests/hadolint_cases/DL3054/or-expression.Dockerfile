# DL3054: SPDX expression MIT OR Apache-2.0
FROM alpine:3.22
LABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"
