# DL3021: COPY --from with several sources, in a multi-stage build
FROM golang:1.22 AS build
WORKDIR /src
RUN go build -o /out/server ./cmd/server && go build -o /out/worker ./cmd/worker
FROM alpine:3.20
COPY --from=build /out/server /out/worker /usr/local/bin
