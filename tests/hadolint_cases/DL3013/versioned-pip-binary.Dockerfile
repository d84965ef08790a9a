# DL3013: a versioned pip executable (pip3.12 install) with an unpinned package
FROM python:3.12-slim
RUN pip3.12 install --no-cache-dir requests
USER 1000
