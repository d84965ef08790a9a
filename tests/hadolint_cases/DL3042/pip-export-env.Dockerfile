# DL3042: export PIP_NO_CACHE_DIR=1 in the same RUN
FROM python:3.12-slim
RUN export PIP_NO_CACHE_DIR=1 && pip install flask==3.0.3
