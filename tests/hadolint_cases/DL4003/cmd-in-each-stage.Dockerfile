# DL4003: one CMD in each stage
FROM alpine:3.22 AS build
CMD ["echo", "build"]
FROM alpine:3.22
CMD ["echo", "run"]
