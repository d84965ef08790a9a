# DL3049: legacy LABEL key value form for one label, key=value for the other
FROM alpine:3.22
LABEL org.opencontainers.image.authors Ann Lee
LABEL org.opencontainers.image.source="https://github.com/example/web"
