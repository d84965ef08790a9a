# DL3044: same-statement reference over continuation lines
FROM golang:1.22
ENV GOPATH=/go \
    GOBIN=$GOPATH/bin \
    CGO_ENABLED=0
