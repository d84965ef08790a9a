//! The Dockerfile the page opens with: short, and with a few things worth noticing.

/// A small multi-stage Dockerfile for a Python web app.
pub const DOCKERFILE: &str = "# syntax=docker/dockerfile:1
FROM python:3.12-slim AS base
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM base AS web
COPY --chown=app . .
EXPOSE 8000
CMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:server\"]
";
