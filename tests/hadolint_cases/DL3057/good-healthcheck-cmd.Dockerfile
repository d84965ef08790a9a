# DL3057: single stage with HEALTHCHECK CMD
FROM nginx:1.27
COPY site/ /usr/share/nginx/html/
HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost/ || exit 1
