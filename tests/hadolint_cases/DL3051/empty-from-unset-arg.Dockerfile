# DL3051: value comes from an ARG with no default (empty unless --build-arg is given)
FROM alpine:3.22
ARG AUTHORS
LABEL org.opencontainers.image.authors="${AUTHORS}" org.opencontainers.image.vendor="Example Corp"
