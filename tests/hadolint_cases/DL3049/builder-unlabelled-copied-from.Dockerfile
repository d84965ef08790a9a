# DL3049: builder has no labels but is used through COPY --from; final stage has them
FROM golang:1.24 AS build
RUN go build -o /app .

FROM alpine:3.22
LABEL org.opencontainers.image.authors="Ann Lee" \
      org.opencontainers.image.source="https://github.com/example/web"
COPY --from=build /app /usr/local/bin/app
