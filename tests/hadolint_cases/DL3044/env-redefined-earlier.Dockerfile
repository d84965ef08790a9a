# DL3044: variable already defined by an earlier ENV, redefined and used in one statement
FROM python:3.12-slim
ENV VERSION=1.0
ENV VERSION=2.0 URL=https://example.com/app-$VERSION.tar.gz
