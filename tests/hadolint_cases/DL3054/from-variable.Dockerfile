# DL3054: license from an ARG
FROM alpine:3.22
ARG LICENSE=MIT
LABEL org.opencontainers.image.licenses="${LICENSE}"
