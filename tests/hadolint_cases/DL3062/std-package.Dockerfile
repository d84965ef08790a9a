# DL3062: go install std (standard library, no module path)
FROM golang:1.24
RUN go install std
