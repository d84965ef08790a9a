# DL3022: COPY --from with the stage name in quotes
FROM node:20-alpine AS deps
RUN npm ci
FROM node:20-alpine
COPY --from="deps" /app/node_modules /app/node_modules
