# DL3042: an option with a value (--root-user-action ignore) and --no-cache-dir after the package
FROM python:3.12-slim
RUN pip install --root-user-action ignore flask==3.0.3 --no-cache-dir
