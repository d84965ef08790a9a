# DL3062: go get -tool pkg@version (Go 1.24 tool directive)
FROM golang:1.24
WORKDIR /src
RUN go get -tool golang.org/x/tools/cmd/stringer@v0.31.0
