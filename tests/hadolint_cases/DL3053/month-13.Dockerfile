# DL3053: invalid month 13
FROM alpine:3.22
LABEL org.opencontainers.image.created="2026-13-02T03:04:05Z"
