# DL4004: ENTRYPOINT in a base stage and again in FROM base
FROM alpine:3.22 AS base
ENTRYPOINT ["/base"]
FROM base
ENTRYPOINT ["/usr/local/bin/app"]
