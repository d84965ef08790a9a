# DL3029: FROM without --platform
FROM debian:12-slim
