# DL3059: consecutive RUNs with different --mount flags
FROM python:3.13-slim
RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.1.1
RUN --mount=type=secret,id=netrc cp /run/secrets/netrc /root/.netrc
