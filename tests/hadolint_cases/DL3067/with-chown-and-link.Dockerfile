# DL3067: other flags alongside --from
FROM golang:1.24 AS build
RUN go build -o /go/bin/app .
FROM alpine:3.22
COPY --link --chown=10001:10001 --from=build / /
