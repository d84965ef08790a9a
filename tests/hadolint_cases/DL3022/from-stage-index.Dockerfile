# DL3022: COPY --from by numeric stage index
FROM golang:1.22
RUN go build -o /out/app .
FROM alpine:3.20
COPY --from=0 /out/app /usr/local/bin/app
