# DL3040: dnf install without cleanup only in a builder stage
FROM fedora:40 AS build
RUN dnf install -y gcc-14.1.1 make-4.4.1 && make
FROM registry.access.redhat.com/ubi9/ubi-micro:9.4
COPY --from=build /src/app /usr/local/bin/app
