# DL3018: apk add of an unpinned package
FROM alpine:3.20
RUN apk add --no-cache curl
USER nobody
