# DL3061: ARG before FROM is allowed
ARG ALPINE_VERSION=3.22
FROM alpine:${ALPINE_VERSION}
RUN echo hello
