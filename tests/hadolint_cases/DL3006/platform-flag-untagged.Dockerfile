# DL3006: FROM --platform=$BUILDPLATFORM with an untagged image in a non-final stage
FROM --platform=$BUILDPLATFORM golang AS build
RUN go version
FROM alpine:3.20
COPY --from=build /usr/local/go/bin/go /go
