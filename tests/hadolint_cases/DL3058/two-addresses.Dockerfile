# DL3058: two comma-separated addresses
FROM alpine:3.22
LABEL maintainer="ann@example.com, bob@example.com"
