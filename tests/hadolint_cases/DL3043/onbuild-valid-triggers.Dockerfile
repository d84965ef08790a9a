# DL3043: valid ONBUILD triggers (COPY, RUN, ENV, WORKDIR)
FROM node:20-alpine
ONBUILD WORKDIR /app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci
ONBUILD ENV NODE_ENV=production
