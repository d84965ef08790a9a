# DL3052: scp-style git remote (git@host:path) as source URL
FROM alpine:3.22
LABEL org.opencontainers.image.url="git@github.com:example/web.git"
