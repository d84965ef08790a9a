# DL3049: no LABEL at all, both schema labels are missing
FROM alpine:3.22
RUN apk add --no-cache curl=8.14.1-r1
