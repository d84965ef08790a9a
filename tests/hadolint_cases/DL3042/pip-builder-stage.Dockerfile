# DL3042: pip cache left only in a builder stage that does not reach the final image
FROM python:3.12 AS build
RUN pip install --prefix=/install flask==3.0.3
FROM python:3.12-slim
COPY --from=build /install /usr/local
