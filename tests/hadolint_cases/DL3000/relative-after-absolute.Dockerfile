# DL3000: relative WORKDIR after an absolute one (hadolint still flags it; BuildKit would not)
FROM node:20-alpine
WORKDIR /usr/src
WORKDIR app
COPY package.json .
USER node
