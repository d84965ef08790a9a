# DL3021: COPY with one source to a path without slash is fine
FROM python:3.12-slim
COPY requirements.txt /app/requirements.txt
COPY src /app
