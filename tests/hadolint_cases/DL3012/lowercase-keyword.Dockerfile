# DL3012: lower-case keyword spellings (healthcheck) still count
FROM nginx:1.27-alpine
healthcheck CMD wget -qO- http://localhost/ || exit 1
HealthCheck CMD wget -qO- http://localhost/x || exit 1
