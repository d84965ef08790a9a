# DL3023: a stage copies from its own alias written in another case
FROM golang:1.22 AS Build
RUN go build -o /out/app .
COPY --from=build /out/app /usr/local/bin/app
