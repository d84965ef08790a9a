# DL3000: a quoted relative path is still relative
FROM python:3.12-slim
WORKDIR "app/src"
USER 1000
