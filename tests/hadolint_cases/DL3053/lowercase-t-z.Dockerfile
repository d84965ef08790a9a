# DL3053: lowercase t and z separators (allowed by RFC 3339 section 5.6 note)
FROM alpine:3.22
LABEL org.opencontainers.image.created="2026-01-02t03:04:05z"
