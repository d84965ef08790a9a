# DL3059: two consecutive single-command RUNs
FROM alpine:3.22
RUN apk add --no-cache curl=8.14.1-r1
RUN mkdir -p /app
