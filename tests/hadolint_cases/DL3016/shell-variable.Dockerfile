# DL3016: packages passed through a shell variable set in the same RUN
FROM node:20-alpine
RUN TOOLS='typescript ts-node' && npm install -g $TOOLS
USER node
