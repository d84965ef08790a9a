# DL3044: variable defined by an ARG earlier, reused in the same ENV that sets it
FROM python:3.12-slim
ARG VERSION=1.0
ENV VERSION=$VERSION DOWNLOAD=https://example.com/app-$VERSION.tar.gz
