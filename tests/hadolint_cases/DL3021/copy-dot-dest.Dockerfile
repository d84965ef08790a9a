# DL3021: several sources to "." (a directory, but without a trailing slash)
FROM node:20-alpine
WORKDIR /usr/src/app
COPY package.json yarn.lock .
COPY package.json yarn.lock ./
