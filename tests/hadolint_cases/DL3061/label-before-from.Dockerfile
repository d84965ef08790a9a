# DL3061: LABEL before FROM
LABEL org.opencontainers.image.authors="Ann Lee"
FROM alpine:3.22
