# DL3060: yarn cache clean --force counts as a clean
FROM node:22
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile \
 && yarn cache clean --force
