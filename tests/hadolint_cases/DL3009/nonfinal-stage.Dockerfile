# DL3009: lists left behind in a build stage that does not reach the final image
FROM debian:12 AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential=12.9
RUN make -C /src
FROM gcr.io/distroless/base-debian12:nonroot
COPY --from=build /src/app /app
