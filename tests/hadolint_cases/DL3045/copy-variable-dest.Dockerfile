# DL3045: destination in a variable (absolute or relative)
FROM python:3.12-slim
ENV APP_HOME=/app
COPY app.py $APP_HOME/
COPY app.py ${APP_HOME}
