# DL3055: git describe output with -dirty suffix
FROM alpine:3.22
LABEL org.opencontainers.image.revision="3f78685-dirty"
