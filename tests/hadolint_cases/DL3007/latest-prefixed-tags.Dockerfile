# DL3007: tags that merely contain "latest" (latest-alpine, 3-latest) are not the latest tag
FROM python:latest-alpine AS a
FROM ghcr.io/org/tool:3-latest
RUN echo hi
