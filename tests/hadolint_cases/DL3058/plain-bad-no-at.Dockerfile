# DL3058: a name without @
FROM alpine:3.22
LABEL maintainer="Ann Lee"
