# DL3000: relative WORKDIR inside an ONBUILD trigger
FROM node:20-alpine
ONBUILD WORKDIR app
ONBUILD WORKDIR /usr/src/app
USER node
