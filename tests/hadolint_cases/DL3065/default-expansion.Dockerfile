# DL3065: ${TARGETPLATFORM:-linux/amd64} with a default
FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.22
