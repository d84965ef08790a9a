# DL3021: COPY with two sources to a directory ending in /
FROM python:3.12-slim
COPY requirements.txt setup.py /app/
