# DL3067: COPY --from=build / /
FROM golang:1.24 AS build
RUN go build -o /go/bin/app .
FROM alpine:3.22
COPY --from=build / /
