# DL3049: labels set in a base stage and inherited by FROM base
FROM alpine:3.22 AS base
LABEL org.opencontainers.image.authors="Ann Lee" \
      org.opencontainers.image.source="https://github.com/example/web"

FROM base
RUN apk add --no-cache curl=8.14.1-r1
