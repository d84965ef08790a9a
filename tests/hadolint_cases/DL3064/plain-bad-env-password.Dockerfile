# DL3064: ENV with a password-like name
FROM alpine:3.22
ENV DB_PASSWORD=changeme
