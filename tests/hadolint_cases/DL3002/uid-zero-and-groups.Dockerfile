# DL3002: numeric uid 0 with a group (0:0) as last USER
FROM alpine:3.20
USER nobody
USER 0:0
ENTRYPOINT ["/bin/sh"]
