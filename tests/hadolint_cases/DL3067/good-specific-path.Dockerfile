# DL3067: COPY a specific file from another stage
FROM golang:1.24 AS build
RUN go build -o /go/bin/app .
FROM alpine:3.22
COPY --from=build /go/bin/app /usr/local/bin/app
