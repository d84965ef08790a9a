# DL3042: ENV PIP_NO_CACHE_DIR=off (pip disables the cache for any boolean value, even false/off)
FROM python:3.12-slim
ENV PIP_NO_CACHE_DIR=off
RUN pip install flask==3.0.3
