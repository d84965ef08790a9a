# DL3053: space instead of T between date and time
FROM alpine:3.22
LABEL org.opencontainers.image.created="2026-01-02 03:04:05Z"
