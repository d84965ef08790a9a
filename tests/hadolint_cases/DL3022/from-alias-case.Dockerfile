# DL3022: stage named in mixed case, referenced in lower case
FROM golang:1.22 AS Builder
RUN go build -o /out/app .
FROM alpine:3.20
COPY --from=builder /out/app /usr/local/bin/app
