# DL4004: a single ENTRYPOINT
FROM alpine:3.22
ENTRYPOINT ["/usr/local/bin/app"]
