# DL3052: empty URL value (hadolint reports it as an invalid URL on top of DL3051)
FROM alpine:3.22
LABEL org.opencontainers.image.url=""
