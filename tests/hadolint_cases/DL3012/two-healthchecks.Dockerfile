# DL3012: two HEALTHCHECK instructions in one stage
FROM nginx:1.27-alpine
HEALTHCHECK --interval=30s CMD wget -qO- http://localhost/ || exit 1
HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
