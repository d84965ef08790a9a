# DL3054: parenthesised compound expression
FROM alpine:3.22
LABEL org.opencontainers.image.licenses="(MIT AND BSD-3-Clause) OR Apache-2.0"
