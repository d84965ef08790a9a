# DL3050: extra label in its own LABEL instruction
FROM alpine:3.22
LABEL org.opencontainers.image.version="1.4.0" org.opencontainers.image.authors="Ann Lee"
LABEL com.example.team="payments"
