# DL3001: pointless command in a build stage that does not reach the final image
FROM node:20 AS build
WORKDIR /app
RUN ps -ef && npm ci
FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
