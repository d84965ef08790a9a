# DL3016: GitHub shorthands (github:user/repo, user/repo) without a ref
FROM node:20-alpine
RUN npm install github:expressjs/express
RUN npm install expressjs/body-parser
USER node
