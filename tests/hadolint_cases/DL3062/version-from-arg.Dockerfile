# DL3062: version from an ARG
FROM golang:1.24
ARG DLV_VERSION=v1.25.0
RUN go install github.com/go-delve/delve/cmd/dlv@${DLV_VERSION}
