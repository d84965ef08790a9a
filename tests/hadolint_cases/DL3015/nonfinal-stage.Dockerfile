# DL3015: missing flag in a build stage that is not the final image
FROM debian:12 AS build
RUN apt-get update && apt-get install -y build-essential=12.9 && rm -rf /var/lib/apt/lists/*
FROM gcr.io/distroless/base-debian12:nonroot
COPY --from=build /usr/bin/make /make
