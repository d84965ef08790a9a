# DL3045: WORKDIR set before COPY to a relative destination
FROM python:3.12-slim
WORKDIR /app
COPY app.py .
