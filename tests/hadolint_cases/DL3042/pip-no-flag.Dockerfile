# DL3042: pip install without --no-cache-dir
FROM python:3.12-slim
RUN pip install flask==3.0.3
