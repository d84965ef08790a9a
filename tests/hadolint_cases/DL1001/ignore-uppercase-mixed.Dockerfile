# DL1001: pragma keyword in capitals (# HADOLINT IGNORE=...) is not a valid pragma
FROM alpine:3.20
# HADOLINT IGNORE=DL3018
RUN apk add --no-cache curl
USER nobody
