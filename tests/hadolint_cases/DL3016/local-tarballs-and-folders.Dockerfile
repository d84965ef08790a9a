# DL3016: local tarballs and folders (pkg-1.2.3.tgz, ./dir, ../lib, ~/folder, /opt/x.tar.gz)
FROM node:20-alpine
WORKDIR /app
COPY . .
RUN npm install ./vendor/my-lib-1.2.3.tgz ./packages/core ../shared ~/folder /opt/tool.tar.gz
USER node
