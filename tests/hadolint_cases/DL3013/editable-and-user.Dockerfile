# DL3013: -e (editable) local checkout and --user with a pinned and an unpinned package
FROM python:3.12-slim
COPY . /src
RUN pip install --no-cache-dir -e /src && pip install --no-cache-dir --user httpx==0.27.0 rich
USER 1000
