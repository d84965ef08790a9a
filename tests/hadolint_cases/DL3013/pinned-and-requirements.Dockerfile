# DL3013: pinned packages (==) and a requirements file are fine
FROM python:3.12-slim
COPY requirements.txt /tmp/
RUN pip install --no-cache-dir flask==3.0.3 gunicorn==22.0.0 \
    && pip install --no-cache-dir -r /tmp/requirements.txt
USER 1000
