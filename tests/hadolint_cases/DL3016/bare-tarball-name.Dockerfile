# DL3016: a tarball named without a path prefix (npm install pkg-1.2.3.tgz)
FROM node:20-alpine
WORKDIR /app
COPY my-lib-1.2.3.tgz .
RUN npm install my-lib-1.2.3.tgz
USER node
