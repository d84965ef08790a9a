# DL3050: only labels listed in the schema (strict-labels)
FROM alpine:3.22
LABEL org.opencontainers.image.version="1.4.0" org.opencontainers.image.authors="Ann Lee"
