# DL3063: reserved name in a non-final stage referenced later
FROM golang:1.24 AS scratch
RUN go build -o /app .
FROM alpine:3.22
COPY --from=scratch /app /app
