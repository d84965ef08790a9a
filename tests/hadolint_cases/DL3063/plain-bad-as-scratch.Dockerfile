# DL3063: stage named scratch
FROM golang:1.24 AS scratch
RUN go version
