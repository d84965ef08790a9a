# DL4004: one ENTRYPOINT in each stage
FROM alpine:3.22 AS test
ENTRYPOINT ["/usr/local/bin/test"]
FROM alpine:3.22
ENTRYPOINT ["/usr/local/bin/app"]
