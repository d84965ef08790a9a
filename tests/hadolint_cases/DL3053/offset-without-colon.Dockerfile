# DL3053: offset written as +0200 (ISO 8601 basic, not RFC 3339)
FROM alpine:3.22
LABEL org.opencontainers.image.created="2026-01-02T03:04:05+0200"
