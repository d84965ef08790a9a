# DL3067: / as one of several sources
FROM golang:1.24 AS build
RUN go build -o /go/bin/app .
FROM alpine:3.22
COPY --from=build /go/bin/app / /dest/
