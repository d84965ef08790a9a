# DL3044: variables defined in separate ENV instructions
FROM python:3.12-slim
ENV APP_HOME=/app
ENV APP_DATA=$APP_HOME/data
