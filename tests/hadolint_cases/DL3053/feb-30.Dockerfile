# DL3053: day 30 in February
FROM alpine:3.22
LABEL org.opencontainers.image.created="2026-02-30T03:04:05Z"
