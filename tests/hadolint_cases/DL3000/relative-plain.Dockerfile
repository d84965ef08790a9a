# DL3000: plain relative WORKDIR is reported
FROM python:3.12-slim
WORKDIR app
COPY . .
USER 1000
