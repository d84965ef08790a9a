# DL3007: latest in a non-final build stage
FROM golang:latest AS build
RUN go build -o /app .
FROM gcr.io/distroless/static:nonroot
COPY --from=build /app /app
