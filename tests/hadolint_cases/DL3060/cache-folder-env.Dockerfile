# DL3060: YARN_CACHE_FOLDER pointed at a tmp dir removed in the same RUN
FROM node:22
WORKDIR /app
COPY package.json yarn.lock ./
RUN YARN_CACHE_FOLDER=/tmp/yc yarn install --frozen-lockfile && rm -rf /tmp/yc
