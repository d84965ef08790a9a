# DL3055: revision from an ARG (e.g. --build-arg GIT_SHA=$(git rev-parse HEAD))
FROM alpine:3.22
ARG GIT_SHA
LABEL org.opencontainers.image.revision="${GIT_SHA}"
