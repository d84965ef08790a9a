# DL3016: scoped package without a version (@angular/cli) and with one (@nestjs/cli@10.4.5)
FROM node:20-alpine
RUN npm install -g @angular/cli @nestjs/cli@10.4.5
USER node
