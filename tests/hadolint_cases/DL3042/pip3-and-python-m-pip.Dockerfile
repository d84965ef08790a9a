# DL3042: pip3 and python -m pip without --no-cache-dir
FROM python:3.12-slim
RUN pip3 install flask==3.0.3
RUN python3 -m pip install gunicorn==22.0.0
