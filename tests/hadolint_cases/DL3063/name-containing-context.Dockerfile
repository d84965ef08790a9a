# DL3063: a name that only contains the word (build-context)
FROM alpine:3.22 AS build-context
RUN echo hi
