# DL3000: relative WORKDIR in a non-final build stage is still reported
FROM golang:1.22 AS build
WORKDIR src
COPY . .
RUN go build -o /out/app .

FROM gcr.io/distroless/static:nonroot
WORKDIR /
COPY --from=build /out/app /app
