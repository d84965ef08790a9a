# DL3042: pipx install and uv pip install are not pip
FROM python:3.12-slim
RUN pipx install poetry==1.8.3
RUN uv pip install --system flask==3.0.3
