# DL3045: ONBUILD COPY to a relative destination without WORKDIR
FROM node:20-alpine
ONBUILD COPY package.json ./
