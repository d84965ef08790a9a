# DL3063: stage named Scratch (stage names are case-insensitive)
FROM alpine:3.22 AS Scratch
RUN echo hi
