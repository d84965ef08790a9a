# DL3055: a 12-character abbreviated hash (git rev-parse --short=12 HEAD)
FROM alpine:3.22
LABEL org.opencontainers.image.revision="3f786850e387"
