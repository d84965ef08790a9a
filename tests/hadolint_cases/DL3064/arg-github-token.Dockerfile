# DL3064: ARG GITHUB_TOKEN without a default
FROM alpine:3.22
ARG GITHUB_TOKEN
RUN echo building
