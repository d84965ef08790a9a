# DL1001: a "# hadolint global ignore=" pragma (whole-file suppression)
# hadolint global ignore=DL3018
FROM alpine:3.20
RUN apk add --no-cache curl
USER nobody
