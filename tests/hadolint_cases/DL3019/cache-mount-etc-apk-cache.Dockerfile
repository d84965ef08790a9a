# DL3019: the /etc/apk/cache symlink target as a cache mount (apk keeps packages there)
FROM alpine:3.20
RUN --mount=type=cache,target=/etc/apk/cache apk add curl=8.9.1-r1
USER nobody
