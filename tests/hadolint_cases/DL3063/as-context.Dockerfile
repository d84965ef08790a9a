# DL3063: stage named context
FROM alpine:3.22 AS context
RUN echo hi
