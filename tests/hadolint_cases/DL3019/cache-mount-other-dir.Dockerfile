# DL3019: a cache mount for a different directory does not cover /var/cache/apk
FROM alpine:3.20
RUN --mount=type=cache,target=/root/.cache apk add curl=8.9.1-r1
USER nobody
