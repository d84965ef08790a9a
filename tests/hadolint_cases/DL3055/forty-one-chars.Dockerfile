# DL3055: 41 characters is too long for SHA-1
FROM alpine:3.22
LABEL org.opencontainers.image.revision="3f786850e387550fdab836ed7e6dc881de23001b0"
