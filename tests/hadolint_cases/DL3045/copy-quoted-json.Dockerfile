# DL3045: JSON form with an absolute and a relative destination
FROM python:3.12-slim
COPY ["app.py", "/app/"]
COPY ["app.py", "app/"]
