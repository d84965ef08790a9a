# DL3012: duplicate HEALTHCHECK in a build stage that is not final
FROM node:20-alpine AS build
HEALTHCHECK CMD node -e "process.exit(0)"
HEALTHCHECK CMD node -e "process.exit(1)"
FROM nginx:1.27-alpine
HEALTHCHECK CMD wget -qO- http://localhost/ || exit 1
