# DL3026: FROM a previous stage alias is not a registry reference
FROM python:3.12-slim AS base
RUN pip install --no-cache-dir flask==3.0.3
FROM base
CMD ["flask", "run"]
