# DL4000: MAINTAINER in a non-final stage
FROM golang:1.24 AS build
MAINTAINER ann@example.com
RUN go version
FROM alpine:3.22
COPY --from=build /usr/local/go/VERSION /VERSION
