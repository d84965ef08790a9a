# DL3018: a local .apk file has a fixed version
FROM alpine:3.20
COPY glibc-2.35-r1.apk /tmp/
RUN apk add --no-cache --allow-untrusted /tmp/glibc-2.35-r1.apk
USER nobody
