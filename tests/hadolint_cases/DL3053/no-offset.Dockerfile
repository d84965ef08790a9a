# DL3053: local time without Z or offset
FROM alpine:3.22
LABEL org.opencontainers.image.created="2026-01-02T03:04:05"
