# DL3042: PIP_NO_CACHE_DIR=1 as a command prefix
FROM python:3.12-slim
RUN PIP_NO_CACHE_DIR=1 pip install flask==3.0.3
