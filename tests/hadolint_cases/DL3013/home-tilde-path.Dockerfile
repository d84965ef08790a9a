# DL3013: a local directory under the home directory (~/vendor/tool; the shell expands ~)
FROM python:3.12-slim
COPY vendor /root/vendor
RUN pip install --no-cache-dir ~/vendor/tool
USER 1000
