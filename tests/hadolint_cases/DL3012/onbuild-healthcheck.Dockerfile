# DL3012: a HEALTHCHECK plus an ONBUILD HEALTHCHECK (the trigger runs only in child images)
FROM nginx:1.27-alpine
HEALTHCHECK CMD wget -qO- http://localhost/ || exit 1
ONBUILD HEALTHCHECK CMD wget -qO- http://localhost/ready || exit 1
