# DL3067: COPY --from=<external image> / /
FROM alpine:3.22
COPY --from=busybox:1.37 / /
