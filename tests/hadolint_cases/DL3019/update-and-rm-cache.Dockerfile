# DL3019: apk update + add + rm -rf /var/cache/apk/* (manual cleanup instead of --no-cache)
FROM alpine:3.20
RUN apk update && apk add curl=8.9.1-r1 && rm -rf /var/cache/apk/*
USER nobody
