# DL3016: options that take a value (--loglevel verbose, --registry URL) are not packages
FROM node:20-alpine
RUN npm install --loglevel verbose --registry https://registry.npmjs.org/ -g typescript@5.6.3
USER node
