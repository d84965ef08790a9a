# DL3013: extras but no version ("uvicorn[standard]") is unpinned
FROM python:3.12-slim
RUN pip install --no-cache-dir "uvicorn[standard]"
USER 1000
