# DL4004: two ENTRYPOINT in one stage
FROM alpine:3.22
ENTRYPOINT ["/bin/sh"]
ENTRYPOINT ["/usr/local/bin/app"]
