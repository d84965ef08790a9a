# DL3055: a branch name is not a hash
FROM alpine:3.22
LABEL org.opencontainers.image.revision="main"
