# DL3058: local part ending with a dot
FROM alpine:3.22
LABEL maintainer="ann.@example.com"
