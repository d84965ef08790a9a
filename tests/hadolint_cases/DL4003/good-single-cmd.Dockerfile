# DL4003: a single CMD
FROM alpine:3.22
CMD ["echo", "one"]
