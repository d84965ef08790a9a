# DL3048: a key with uppercase letters (Maintainer) is invalid
FROM alpine:3.22
LABEL Maintainer="ann@example.com"
