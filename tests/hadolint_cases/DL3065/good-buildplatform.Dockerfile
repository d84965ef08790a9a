# DL3065: --platform=$BUILDPLATFORM is meaningful (cross-compilation)
FROM --platform=$BUILDPLATFORM golang:1.24 AS build
RUN go version
