# DL3012: one HEALTHCHECK in each of two stages is fine
FROM nginx:1.27-alpine AS base
HEALTHCHECK CMD wget -qO- http://localhost/ || exit 1
FROM base
HEALTHCHECK CMD wget -qO- http://localhost/health || exit 1
