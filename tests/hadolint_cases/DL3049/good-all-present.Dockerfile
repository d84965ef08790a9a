# DL3049: every label of the schema is present in one LABEL
FROM alpine:3.22
LABEL org.opencontainers.image.authors="Ann Lee" \
      org.opencontainers.image.source="https://github.com/example/web"
