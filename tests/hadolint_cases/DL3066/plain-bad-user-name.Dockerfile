# DL3066: USER with a name
FROM alpine:3.22
RUN adduser -D app
USER app
