# DL3022: COPY --from a stage that is only defined later in the file
FROM alpine:3.20 AS runtime
COPY --from=build /out/app /usr/local/bin/app
FROM golang:1.22 AS build
RUN go build -o /out/app .
