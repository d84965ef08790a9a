# DL3020: ADD of a plain local file should be COPY
FROM python:3.12-slim
WORKDIR /app
ADD app.py /app/
CMD ["python", "app.py"]
