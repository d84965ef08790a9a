# DL3021: several sources to a quoted destination, with and without a trailing slash
FROM python:3.12-slim
COPY a.py b.py "/opt/app/"
COPY a.py b.py "/opt/app"
