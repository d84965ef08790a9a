# DL3054: deprecated GPL-2.0+ form
FROM alpine:3.22
LABEL org.opencontainers.image.licenses="GPL-2.0+"
