# DL3050: extra label in a builder stage whose labels never reach the final image
FROM golang:1.24 AS build
LABEL stage="build"
RUN go build -o /app .

FROM alpine:3.22
LABEL org.opencontainers.image.version="1.4.0" org.opencontainers.image.authors="Ann Lee"
COPY --from=build /app /usr/local/bin/app
