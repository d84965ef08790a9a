# DL3044: PATH=$PATH:... refers to the previous PATH, not the same statement
FROM python:3.12-slim
ENV VENV=/opt/venv PATH=/opt/venv/bin:$PATH
