# DL3016: npm install -g of an unpinned package
FROM node:20-alpine
RUN npm install -g typescript
USER node
