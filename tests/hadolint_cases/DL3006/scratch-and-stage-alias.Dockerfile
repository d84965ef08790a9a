# DL3006: scratch and FROM <earlier stage alias> are not images to tag
FROM golang:1.22 AS build
RUN go build -o /app .
FROM build AS test
RUN go test ./...
FROM scratch
COPY --from=build /app /app
