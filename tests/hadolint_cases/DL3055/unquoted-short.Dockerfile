# DL3055: unquoted 7-character hash
FROM alpine:3.22
LABEL org.opencontainers.image.revision=3f78685
