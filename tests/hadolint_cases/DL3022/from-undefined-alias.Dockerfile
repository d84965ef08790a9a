# DL3022: COPY --from names a stage that is never defined
FROM golang:1.22 AS build
RUN go build -o /out/app .
FROM alpine:3.20
COPY --from=assets /out/app /usr/local/bin/app
