# DL3026: untrusted registry in a builder stage only
FROM ghcr.io/graalvm/native-image-community:21 AS build
RUN native-image -jar app.jar app
FROM debian:12-slim
COPY --from=build /app /app
