# DL3058: plus tag and multi-level domain
FROM alpine:3.22
LABEL maintainer="ann.lee+docker@mail.example.co.uk"
