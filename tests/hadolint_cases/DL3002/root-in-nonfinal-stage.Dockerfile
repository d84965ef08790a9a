# DL3002: USER root in a build stage that is not the final one is fine
FROM node:20 AS build
USER root
RUN npm ci
FROM node:20-slim
COPY --from=build /app /app
USER node
CMD ["node", "/app/index.js"]
