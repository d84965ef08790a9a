# DL3055: a 7-character short hash
FROM alpine:3.22
LABEL org.opencontainers.image.revision="3f78685"
