# DL3023: the second stage copies from index 1, which is itself
FROM golang:1.22
RUN go build -o /out/app .
FROM alpine:3.20
COPY --from=1 /etc/os-release /tmp/os-release
