# DL3013: pip install --upgrade pip setuptools (tooling upgrade, unpinned)
FROM python:3.12-slim
RUN pip3 install --no-cache-dir --upgrade pip setuptools wheel
USER 1000
