# DL1001: ignore pragma in the final stage of a multi-stage build, before FROM
FROM golang:1.22 AS build
WORKDIR /src
RUN go build -o /out/app .

# hadolint ignore=DL3006
FROM gcr.io/distroless/static
COPY --from=build /out/app /app
USER nonroot
