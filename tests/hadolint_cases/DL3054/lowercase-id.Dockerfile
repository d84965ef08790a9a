# DL3054: lowercase mit (SPDX ids are case-insensitive for matching)
FROM alpine:3.22
LABEL org.opencontainers.image.licenses="mit"
