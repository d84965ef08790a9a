# DL3019: /var/cache/apk as a tmpfs mount
FROM alpine:3.20
RUN --mount=type=tmpfs,target=/var/cache/apk apk add curl=8.9.1-r1
USER nobody
