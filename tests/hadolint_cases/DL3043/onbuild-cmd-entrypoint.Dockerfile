# DL3043: ONBUILD CMD / ENTRYPOINT / ARG are allowed triggers
FROM node:20-alpine
ONBUILD ARG NODE_ENV=production
ONBUILD ENTRYPOINT ["node"]
ONBUILD CMD ["server.js"]
