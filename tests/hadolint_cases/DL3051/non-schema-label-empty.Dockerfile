# DL3051: an empty label that is not in the schema
FROM alpine:3.22
LABEL org.opencontainers.image.authors="Ann Lee" org.opencontainers.image.vendor="Example Corp" com.example.note=""
