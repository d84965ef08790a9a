# DL3002: USER root in a non-final stage and in the final stage
FROM node:20 AS build
USER root
RUN npm ci
FROM node:20-slim
COPY --from=build /app /app
USER root
CMD ["node", "/app/index.js"]
