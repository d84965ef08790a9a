# DL3013: options that take a value (--root-user-action ignore, --index-url URL) must not be read as packages
FROM python:3.12-slim
RUN pip install --no-cache-dir --root-user-action ignore --index-url https://pypi.org/simple flask==3.0.3
USER 1000
