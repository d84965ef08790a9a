# DL3049: schema keys written in double quotes
FROM alpine:3.22
LABEL "org.opencontainers.image.authors"="Ann Lee" "org.opencontainers.image.source"="https://github.com/example/web"
