# DL3045: WORKDIR set through a variable
FROM python:3.12-slim
ARG APP_DIR=/srv/app
WORKDIR ${APP_DIR}
COPY app.py .
