# DL3058: IP address literal as domain
FROM alpine:3.22
LABEL maintainer="ann@[192.0.2.1]"
