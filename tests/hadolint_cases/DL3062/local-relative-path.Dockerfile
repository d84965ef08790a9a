# DL3062: go install ./cmd/app installs local code from the module
FROM golang:1.24
WORKDIR /src
COPY . .
RUN go install ./cmd/app
