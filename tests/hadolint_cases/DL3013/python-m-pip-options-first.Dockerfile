# DL3013: python3 -m pip with pip's own options before the install subcommand
FROM python:3.12-slim
RUN python3 -m pip --no-cache-dir install jupyter
USER 1000
