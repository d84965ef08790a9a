# DL3006: FROM base-${VARIANT} that resolves to an earlier stage name
ARG VARIANT=slim
FROM python:3.12-slim AS base-slim
RUN pip --version
FROM base-${VARIANT}
RUN echo done
