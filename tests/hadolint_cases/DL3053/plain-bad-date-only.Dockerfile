# DL3053: a date without time is not RFC 3339
FROM alpine:3.22
LABEL org.opencontainers.image.created="2026-01-02"
