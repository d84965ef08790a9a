# DL4000: LABEL maintainer=... is the replacement
FROM alpine:3.22
LABEL maintainer="Ann Lee <ann@example.com>"
