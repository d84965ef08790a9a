# DL3051: schema label with nothing after the =
FROM alpine:3.22
LABEL org.opencontainers.image.authors= org.opencontainers.image.vendor="Example Corp"
