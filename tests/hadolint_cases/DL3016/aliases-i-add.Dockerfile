# DL3016: the install aliases npm i and npm add with unpinned packages
FROM node:20-alpine
RUN npm i -g pm2
RUN npm add express
USER node
