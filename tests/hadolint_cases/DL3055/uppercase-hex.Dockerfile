# DL3055: uppercase hexadecimal
FROM alpine:3.22
LABEL org.opencontainers.image.revision="3F786850E387550FDAB836ED7E6DC881DE23001B"
