# DL3057: HEALTHCHECK only in the builder stage; final stage is a fresh image
FROM node:22 AS build
HEALTHCHECK CMD node -e "process.exit(0)"
RUN npm ci && npm run build

FROM nginx:1.27
COPY --from=build /src/dist /usr/share/nginx/html
