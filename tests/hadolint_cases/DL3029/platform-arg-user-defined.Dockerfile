# DL3029: --platform from a user-defined ARG
ARG PLATFORM=linux/amd64
FROM --platform=$PLATFORM python:3.12-slim
