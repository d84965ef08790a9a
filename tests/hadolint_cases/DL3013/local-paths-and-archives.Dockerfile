# DL3013: local directories, wheels and sdists (., ./dir, /src/x.whl, dist/pkg-1.2.3.tar.gz)
FROM python:3.12-slim
COPY . /src
WORKDIR /src
RUN pip install --no-cache-dir . ./plugins/auth /src/dist/app-1.0.0-py3-none-any.whl dist/lib-1.2.3.tar.gz
USER 1000
