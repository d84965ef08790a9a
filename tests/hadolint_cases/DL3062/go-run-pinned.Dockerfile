# DL3062: go run pkg@version (not an install)
FROM golang:1.24
WORKDIR /src
RUN go run github.com/google/wire/cmd/wire@v0.6.0
