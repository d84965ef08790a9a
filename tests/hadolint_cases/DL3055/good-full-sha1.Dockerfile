# DL3055: a 40-character lowercase hash
FROM alpine:3.22
LABEL org.opencontainers.image.revision="3f786850e387550fdab836ed7e6dc881de23001b"
