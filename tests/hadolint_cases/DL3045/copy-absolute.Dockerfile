# DL3045: COPY to an absolute destination without WORKDIR
FROM python:3.12-slim
COPY app.py /app/
