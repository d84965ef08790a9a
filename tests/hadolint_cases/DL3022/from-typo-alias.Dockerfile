# DL3022: COPY --from with a likely typo of an existing stage
FROM golang:1.22 AS builder
RUN go build -o /out/app .
FROM alpine:3.20
COPY --from=buidler /out/app /usr/local/bin/app
