# DL3057: HEALTHCHECK only as an ONBUILD trigger
FROM nginx:1.27
ONBUILD HEALTHCHECK CMD curl -fsS http://localhost/ || exit 1
