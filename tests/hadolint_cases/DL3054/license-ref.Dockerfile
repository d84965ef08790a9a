# DL3054: LicenseRef- custom identifier
FROM alpine:3.22
LABEL org.opencontainers.image.licenses="LicenseRef-Proprietary"
