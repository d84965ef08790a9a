# DL4004: ENTRYPOINT [] used to reset, then a real one
FROM alpine:3.22
ENTRYPOINT []
ENTRYPOINT ["/usr/local/bin/app"]
