# DL3067: a top-level directory (/usr/) is not the whole filesystem
FROM golang:1.24 AS build
RUN go build -o /go/bin/app .
FROM alpine:3.22
COPY --from=build /usr/ /usr/
