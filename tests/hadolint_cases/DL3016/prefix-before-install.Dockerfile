# DL3016: an option with a value before the subcommand (npm --prefix /app install lodash)
FROM node:20-alpine
RUN npm --prefix /app install lodash
USER node
