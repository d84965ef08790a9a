# DL3065: ${TARGETPLATFORM} in braces
FROM --platform=${TARGETPLATFORM} alpine:3.22
