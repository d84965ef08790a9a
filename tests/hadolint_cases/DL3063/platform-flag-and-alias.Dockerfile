# DL3063: --platform flag before the image, alias scratch
FROM --platform=$BUILDPLATFORM golang:1.24 AS scratch
RUN go version
