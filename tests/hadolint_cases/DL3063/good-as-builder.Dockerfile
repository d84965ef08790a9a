# DL3063: an ordinary stage name
FROM golang:1.24 AS builder
RUN go version
