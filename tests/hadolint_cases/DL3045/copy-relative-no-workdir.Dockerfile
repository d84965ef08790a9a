# DL3045: COPY to a relative destination without WORKDIR
FROM python:3.12-slim
COPY app.py .
