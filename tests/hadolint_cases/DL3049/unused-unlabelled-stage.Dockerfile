# DL3049: a stage that nothing builds on or copies from has no labels (final stage is labelled)
FROM alpine:3.22 AS debug
RUN apk add --no-cache strace=6.15-r0

FROM alpine:3.22
LABEL org.opencontainers.image.authors="Ann Lee" \
      org.opencontainers.image.source="https://github.com/example/web"
