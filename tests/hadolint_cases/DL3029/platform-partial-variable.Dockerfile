# DL3029: --platform built from a variable part (linux/$TARGETARCH) and unbraced $TARGETPLATFORM
FROM --platform=linux/$TARGETARCH alpine:3.20 AS a
FROM --platform=$TARGETPLATFORM alpine:3.20 AS b
