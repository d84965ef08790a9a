# DL3026: image with explicit docker.io/library/ prefix (trusted)
FROM docker.io/library/python:3.12-slim
