# DL3023: a stage copies from its own alias
FROM golang:1.22 AS build
RUN go build -o /out/app .
COPY --from=build /out/app /usr/local/bin/app
