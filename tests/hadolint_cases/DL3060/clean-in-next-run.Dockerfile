# DL3060: yarn cache clean in a separate later RUN (layer already holds the cache)
FROM node:22
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
RUN yarn cache clean
