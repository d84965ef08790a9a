# DL3058: two @ signs
FROM alpine:3.22
LABEL maintainer="ann@@example.com"
