# DL3016: pinned package@version, npm ci and a bare npm install (lockfile) are fine
FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install -g typescript@5.6.3 && npm ci && npm install
USER node
