# DL3057: HEALTHCHECK over continuation lines
FROM nginx:1.27
HEALTHCHECK --interval=30s \
  --retries=3 \
  CMD curl -fsS http://localhost/ || exit 1
