# DL3042: pip install --no-cache-dir
FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3
