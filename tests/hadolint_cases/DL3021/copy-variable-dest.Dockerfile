# DL3021: several sources to a destination in a variable
FROM python:3.12-slim
ARG APP_HOME=/app/
COPY a.py b.py $APP_HOME
COPY a.py b.py ${APP_HOME}lib
