# DL3059: consecutive RUNs with the same --mount flag
FROM python:3.13-slim
RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.1.1
RUN --mount=type=cache,target=/root/.cache/pip pip install gunicorn==23.0.0
