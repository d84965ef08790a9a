# DL3052: mailto: URI (absolute URI without //)
FROM alpine:3.22
LABEL org.opencontainers.image.url="mailto:team@example.com"
