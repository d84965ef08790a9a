# DL3058: address from an ARG
FROM alpine:3.22
ARG MAINTAINER=ann@example.com
LABEL maintainer="${MAINTAINER}"
