# DL4003: lowercase cmd instructions
FROM alpine:3.22
cmd ["echo", "one"]
cmd ["echo", "two"]
