# DL3019: /var/cache/apk is a BuildKit cache mount, so nothing is left in the image
FROM alpine:3.20
RUN --mount=type=cache,target=/var/cache/apk \
    apk add curl=8.9.1-r1
USER nobody
