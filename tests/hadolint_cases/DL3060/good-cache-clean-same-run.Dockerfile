# DL3060: yarn install followed by yarn cache clean in the same RUN
FROM node:22
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile && yarn cache clean
