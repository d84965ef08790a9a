# DL3067: copying / of an artifact stage that starts FROM scratch
FROM golang:1.24 AS build
RUN go build -o /out/app .
FROM scratch AS artifact
COPY --from=build /out/app /app
FROM alpine:3.22
COPY --from=artifact / /
