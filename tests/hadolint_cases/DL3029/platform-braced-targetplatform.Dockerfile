# DL3029: --platform=${TARGETPLATFORM} (a variable in braces)
FROM --platform=${TARGETPLATFORM} alpine:3.20
