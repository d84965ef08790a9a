# DL3045: WORKDIR set only in an unrelated earlier stage
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
FROM alpine:3.20
COPY --from=build /src/app ./app
