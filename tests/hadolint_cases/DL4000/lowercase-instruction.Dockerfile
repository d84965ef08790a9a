# DL4000: lowercase maintainer instruction
FROM alpine:3.22
maintainer ann@example.com
