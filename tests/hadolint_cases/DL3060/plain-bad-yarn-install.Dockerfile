# DL3060: yarn install without yarn cache clean
FROM node:22
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
