# DL3054: GPL-3.0-or-later identifier
FROM alpine:3.22
LABEL org.opencontainers.image.licenses="GPL-3.0-or-later"
