# DL3058: RFC 5322 name-addr with a display name
FROM alpine:3.22
LABEL maintainer="Ann Lee <ann@example.com>"
