# DL3025: shell-form CMD in a non-final stage
FROM golang:1.22 AS build
CMD go test ./...
FROM alpine:3.20
CMD ["/app"]
