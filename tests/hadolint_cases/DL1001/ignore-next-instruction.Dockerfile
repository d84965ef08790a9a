# DL1001: a plain "# hadolint ignore=" pragma before an instruction is reported
FROM alpine:3.20
# hadolint ignore=DL3018
RUN apk add --no-cache curl
USER nobody
