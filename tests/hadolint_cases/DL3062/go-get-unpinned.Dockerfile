# DL3062: go get without a version (in module mode adds latest)
FROM golang:1.24
WORKDIR /src
RUN go get github.com/stretchr/testify
