# DL4003: two CMDs in a non-final stage
FROM alpine:3.22 AS build
CMD ["echo", "one"]
CMD ["echo", "two"]
FROM alpine:3.22
CMD ["echo", "run"]
