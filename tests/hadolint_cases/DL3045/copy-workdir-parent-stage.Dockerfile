# DL3045: WORKDIR set in the parent stage (FROM base)
FROM python:3.12-slim AS base
WORKDIR /app
FROM base
COPY app.py .
