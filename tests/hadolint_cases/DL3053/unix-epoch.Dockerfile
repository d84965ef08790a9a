# DL3053: a unix timestamp instead of a date
FROM alpine:3.22
LABEL org.opencontainers.image.created="1767323045"
