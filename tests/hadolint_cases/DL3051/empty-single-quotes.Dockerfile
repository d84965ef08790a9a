# DL3051: schema label with an empty single-quoted value
FROM alpine:3.22
LABEL org.opencontainers.image.authors='' org.opencontainers.image.vendor='Example Corp'
