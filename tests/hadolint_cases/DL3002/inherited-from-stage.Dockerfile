# DL3002: final stage built FROM an earlier stage whose last USER is root, with no USER of its own
FROM python:3.12-slim AS base
USER root
RUN pip install --no-cache-dir flask==3.0.3
FROM base AS final
COPY app.py /app.py
CMD ["python", "/app.py"]
