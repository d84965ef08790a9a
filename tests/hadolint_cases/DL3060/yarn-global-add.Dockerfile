# DL3060: yarn global add (not yarn install)
FROM node:22
RUN yarn global add typescript@5.8.3
