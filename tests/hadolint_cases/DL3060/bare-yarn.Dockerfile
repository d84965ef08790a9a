# DL3060: bare `yarn` (which runs install) without cache clean
FROM node:22
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn
