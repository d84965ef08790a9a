# DL3043: ONBUILD ONBUILD is not allowed
FROM node:20-alpine
ONBUILD ONBUILD RUN npm ci
