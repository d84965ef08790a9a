# DL3012: HEALTHCHECK NONE followed by a real HEALTHCHECK in the same stage
FROM nginx:1.27-alpine
HEALTHCHECK NONE
HEALTHCHECK CMD wget -qO- http://localhost/ || exit 1
