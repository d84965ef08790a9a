# DL3062: pkg@latest is not a pin
FROM golang:1.24
RUN go install golang.org/x/tools/gopls@latest
