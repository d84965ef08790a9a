# DL3042: pip cache as a cache mount
FROM python:3.12-slim
RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3
