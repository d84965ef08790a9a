# DL3029: constant --platform in a builder stage only
FROM --platform=linux/arm64 node:20-alpine AS assets
RUN npm ci && npm run build
FROM nginx:1.27-alpine
COPY --from=assets /app/dist /usr/share/nginx/html
