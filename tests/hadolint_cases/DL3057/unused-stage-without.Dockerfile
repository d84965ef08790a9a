# DL3057: an unused debug stage without HEALTHCHECK before a final stage that has one
FROM nginx:1.27 AS debug
RUN apt-get update && apt-get install -y --no-install-recommends strace=6.1-0.1 && rm -rf /var/lib/apt/lists/*

FROM nginx:1.27
HEALTHCHECK CMD curl -fsS http://localhost/ || exit 1
