# DL3029: FROM with a constant --platform
FROM --platform=linux/amd64 debian:12-slim
