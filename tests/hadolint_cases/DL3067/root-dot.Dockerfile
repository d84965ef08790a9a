# DL3067: /. as source
FROM golang:1.24 AS build
RUN go build -o /go/bin/app .
FROM alpine:3.22
COPY --from=build /. /rootfs/
