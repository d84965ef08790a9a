# DL3049: labels in the builder stage only; the final stage (FROM a fresh image) has none
FROM golang:1.24 AS build
LABEL org.opencontainers.image.authors="Ann Lee" \
      org.opencontainers.image.source="https://github.com/example/web"
RUN go build -o /app .

FROM alpine:3.22
COPY --from=build /app /usr/local/bin/app
