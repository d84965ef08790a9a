# DL3065: redundant platform in the final stage of a cross build
FROM --platform=$BUILDPLATFORM golang:1.24 AS build
RUN go version
FROM --platform=$TARGETPLATFORM alpine:3.22
COPY --from=build /go/bin /usr/local/bin
