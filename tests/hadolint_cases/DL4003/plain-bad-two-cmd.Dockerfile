# DL4003: two CMD in one stage
FROM alpine:3.22
CMD ["echo", "one"]
CMD ["echo", "two"]
