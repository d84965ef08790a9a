# DL3050: key differs from the schema only by case
FROM alpine:3.22
LABEL org.opencontainers.image.Version="1.4.0" org.opencontainers.image.authors="Ann Lee"
