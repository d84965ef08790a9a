# DL3006: stage alias referenced with different case (AS Builder / FROM builder)
FROM node:20 AS Builder
RUN npm ci
FROM builder
RUN npm test
