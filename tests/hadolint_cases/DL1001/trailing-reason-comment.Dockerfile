# DL1001: pragma with a trailing "# reason" comment (allowed form since PR #1059)
FROM alpine:3.20
# hadolint ignore=DL3018 # curl version floats with the alpine release
RUN apk add --no-cache curl
USER nobody
