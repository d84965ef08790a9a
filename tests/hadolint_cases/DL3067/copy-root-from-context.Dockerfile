# DL3067: COPY / / from the build context (no --from)
FROM alpine:3.22
COPY / /srv/
