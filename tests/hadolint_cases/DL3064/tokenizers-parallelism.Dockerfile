# DL3064: TOKENIZERS_PARALLELISM contains `token` but is not a secret
FROM python:3.13-slim
ENV TOKENIZERS_PARALLELISM=false
