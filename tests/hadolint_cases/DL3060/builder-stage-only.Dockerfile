# DL3060: yarn install in a builder stage whose cache never reaches the final image
FROM node:22 AS build
WORKDIR /app
COPY . .
RUN yarn install --frozen-lockfile && yarn build

FROM nginx:1.27
COPY --from=build /app/dist /usr/share/nginx/html
