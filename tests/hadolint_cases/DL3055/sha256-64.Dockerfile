# DL3055: a 64-character SHA-256 object name
FROM alpine:3.22
LABEL org.opencontainers.image.revision="aaaaaaaa0123456789abcdef0123456789abcdef0123456789abcdefbbbbbbbb"
