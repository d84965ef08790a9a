# DL3023: self-copy in a non-final stage of a multi-stage build
FROM node:20-alpine AS deps
COPY package.json ./
COPY --from=deps /app/package.json /tmp/
FROM node:20-alpine
COPY --from=deps /app/node_modules /app/node_modules
