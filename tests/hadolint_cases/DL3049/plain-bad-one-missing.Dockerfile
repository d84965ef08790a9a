# DL3049: one schema label (source) is missing
FROM alpine:3.22
LABEL org.opencontainers.image.authors="Ann Lee"
