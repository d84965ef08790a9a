# DL3062: go install without @version
FROM golang:1.24
RUN go install github.com/golangci/golangci-lint/cmd/golangci-lint
