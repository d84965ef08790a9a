# DL3066: named USER only in a builder stage; final stage numeric
FROM alpine:3.22 AS build
USER nobody
RUN echo build > /tmp/out
FROM alpine:3.22
USER 65534
