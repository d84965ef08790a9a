# DL3000: absolute WORKDIR is fine
FROM python:3.12-slim
WORKDIR /app
COPY . .
USER 1000
