# DL3024: unique aliases
FROM golang:1.22 AS build
RUN go build -o /out/app .
FROM golang:1.22 AS test
RUN go test ./...
FROM alpine:3.20
COPY --from=build /out/app /app
