# DL3019: apk add without --no-cache
FROM alpine:3.20
RUN apk add curl=8.9.1-r1
USER nobody
