# DL3058: domain without a dot (ann@localhost)
FROM alpine:3.22
LABEL maintainer="ann@localhost"
