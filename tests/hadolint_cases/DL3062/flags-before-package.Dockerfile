# DL3062: flags with values before a pinned package (-ldflags "-s -w")
FROM golang:1.24
RUN go install -v -ldflags "-s -w" github.com/go-delve/delve/cmd/dlv@v1.25.0
