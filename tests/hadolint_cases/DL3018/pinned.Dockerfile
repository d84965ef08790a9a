# DL3018: pkg=version pins are fine
FROM alpine:3.20
RUN apk add --no-cache curl=8.9.1-r1 ca-certificates=20240705-r0
USER nobody
