# DL3026: FROM scratch is not pulled from any registry
FROM golang:1.22 AS build
RUN CGO_ENABLED=0 go build -o /app .
FROM scratch
COPY --from=build /app /app
