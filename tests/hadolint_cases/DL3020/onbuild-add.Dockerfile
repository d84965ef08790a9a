# DL3020: ADD of a local dir inside ONBUILD
FROM node:20-alpine
WORKDIR /app
ONBUILD ADD . /app/
ONBUILD RUN npm ci
