# DL3058: plain address
FROM alpine:3.22
LABEL maintainer="ann@example.com"
