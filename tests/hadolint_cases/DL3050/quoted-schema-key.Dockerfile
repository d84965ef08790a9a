# DL3050: schema key written in quotes is not extra
FROM alpine:3.22
LABEL "org.opencontainers.image.version"="1.4.0" "org.opencontainers.image.authors"="Ann Lee"
