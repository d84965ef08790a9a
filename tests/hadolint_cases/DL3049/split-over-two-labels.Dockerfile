# DL3049: schema labels set by two separate LABEL instructions
FROM alpine:3.22
LABEL org.opencontainers.image.authors="Ann Lee"
RUN apk add --no-cache curl=8.14.1-r1
LABEL org.opencontainers.image.source="https://github.com/example/web"
