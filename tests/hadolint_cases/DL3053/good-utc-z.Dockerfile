# DL3053: full timestamp with Z is valid
FROM alpine:3.22
LABEL org.opencontainers.image.created="2026-01-02T03:04:05Z"
