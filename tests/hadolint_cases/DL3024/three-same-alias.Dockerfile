# DL3024: the same alias used three times
FROM alpine:3.20 AS stage
FROM alpine:3.20 AS stage
FROM alpine:3.20 AS stage
