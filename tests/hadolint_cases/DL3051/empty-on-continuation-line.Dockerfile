# DL3051: empty value on the second line of a multi-line LABEL
FROM alpine:3.22
LABEL org.opencontainers.image.authors="Ann Lee" \
      org.opencontainers.image.vendor=""
