# DL3053: timestamp with fractional seconds
FROM alpine:3.22
LABEL org.opencontainers.image.created="2026-01-02T03:04:05.123456Z"
