# DL3026: image without a registry comes from docker.io (trusted)
FROM python:3.12-slim
