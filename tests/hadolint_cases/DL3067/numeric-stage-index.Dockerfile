# DL3067: COPY --from=0 / / (stage by index)
FROM golang:1.24
RUN go build -o /go/bin/app .
FROM alpine:3.22
COPY --from=0 / /
