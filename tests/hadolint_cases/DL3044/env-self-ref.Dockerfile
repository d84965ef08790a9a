# DL3044: ENV refers to a variable defined in the same statement
FROM python:3.12-slim
ENV APP_HOME=/app APP_DATA=$APP_HOME/data
