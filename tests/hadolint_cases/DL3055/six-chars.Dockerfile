# DL3055: a 6-character hash is too short
FROM alpine:3.22
LABEL org.opencontainers.image.revision="3f7868"
