# DL3044: legacy ENV key value form (one variable per instruction)
FROM python:3.12-slim
ENV APP_HOME /app
ENV APP_DATA $APP_HOME/data
