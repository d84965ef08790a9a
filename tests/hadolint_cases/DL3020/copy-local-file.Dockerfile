# DL3020: COPY of a local file is fine
FROM python:3.12-slim
WORKDIR /app
COPY app.py /app/
CMD ["python", "app.py"]
