# DL3057: builder stage has no HEALTHCHECK, final stage has one
FROM node:22 AS build
WORKDIR /src
RUN npm ci && npm run build

FROM nginx:1.27
COPY --from=build /src/dist /usr/share/nginx/html
HEALTHCHECK CMD curl -fsS http://localhost/ || exit 1
