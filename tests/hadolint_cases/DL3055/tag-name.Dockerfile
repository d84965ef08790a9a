# DL3055: a tag like v1.2.3
FROM alpine:3.22
LABEL org.opencontainers.image.revision="v1.2.3"
