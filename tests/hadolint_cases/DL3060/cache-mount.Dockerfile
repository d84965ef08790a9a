# DL3060: yarn cache kept in a BuildKit cache mount
FROM node:22
WORKDIR /app
COPY package.json yarn.lock ./
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile
