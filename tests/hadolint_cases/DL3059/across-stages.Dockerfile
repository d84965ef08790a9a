# DL3059: last RUN of one stage and first RUN of the next are not consecutive
FROM alpine:3.22 AS build
RUN mkdir -p /out
FROM alpine:3.22
RUN mkdir -p /app
