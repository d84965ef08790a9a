# DL3022: COPY --from through a build argument
ARG SRC_STAGE=build
FROM golang:1.22 AS build
RUN go build -o /out/app .
FROM alpine:3.20
ARG SRC_STAGE
COPY --from=${SRC_STAGE} /out/app /usr/local/bin/app
