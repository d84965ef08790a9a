# DL1001: pragma written without a space after "#" (#hadolint ignore=...)
FROM alpine:3.20
#hadolint ignore=DL3018
RUN apk add --no-cache curl
USER nobody
