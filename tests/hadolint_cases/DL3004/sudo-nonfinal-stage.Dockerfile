# DL3004: sudo in a build stage that is not the final image
FROM ubuntu:24.04 AS build
RUN sudo make install
FROM gcr.io/distroless/base-debian12:nonroot
COPY --from=build /usr/local/bin/tool /tool
