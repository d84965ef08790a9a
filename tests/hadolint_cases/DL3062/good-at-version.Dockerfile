# DL3062: go install pkg@vX.Y.Z
FROM golang:1.24
RUN go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.64.8
