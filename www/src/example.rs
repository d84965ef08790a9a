//! The files the page opens with: short, and with a few things worth noticing.

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

/// A compose file with two networks: the proxy cannot reach the database.
pub const COMPOSE: &str = "services:
  proxy:
    image: nginx:1.27
    ports:
      - \"${WEB_PORT:-8080}:80\"
    networks: [front]
    depends_on: [web]

  web:
    build: .
    networks:
      front:
        aliases: [app]
      back:
    depends_on:
      db:
        condition: service_healthy

  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: example
    healthcheck:
      test: [\"CMD\", \"pg_isready\"]
    networks: [back]

networks:
  front:
  back:
";

/// Variables for the compose file.
pub const ENV: &str = "WEB_PORT=8000\n";

/// The context file the cache view starts with marked as changed: the application code.
pub const CHANGED_FILE: &str = "app.py";
