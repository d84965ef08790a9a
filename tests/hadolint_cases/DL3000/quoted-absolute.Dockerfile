# DL3000: double-quoted and single-quoted absolute paths
FROM python:3.12-slim
WORKDIR "/opt/my app"
WORKDIR '/srv/data'
USER 1000
