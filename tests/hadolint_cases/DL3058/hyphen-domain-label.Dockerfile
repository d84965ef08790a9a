# DL3058: domain label starting with a hyphen
FROM alpine:3.22
LABEL maintainer="ann@-example.com"
