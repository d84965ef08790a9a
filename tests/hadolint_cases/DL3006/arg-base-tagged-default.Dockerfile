# DL3006: FROM ${BASE_IMAGE} whose ARG default carries a tag (hadolint does not expand ARGs)
ARG BASE_IMAGE=python:3.12-slim
FROM ${BASE_IMAGE}
RUN python --version
