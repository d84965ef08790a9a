# DL3060: yarn install inside sh -c
FROM node:22
WORKDIR /app
RUN sh -c 'yarn install --frozen-lockfile'
