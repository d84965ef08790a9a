# DL3013: pip install of an unpinned package
FROM python:3.12-slim
RUN pip install --no-cache-dir flask
USER 1000
