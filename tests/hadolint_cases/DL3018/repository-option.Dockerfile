# DL3018: --repository / -X take a URL value; the package itself is unpinned
FROM alpine:3.20
RUN apk add --no-cache --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing -X https://dl-cdn.alpinelinux.org/alpine/edge/community hugo
USER nobody
