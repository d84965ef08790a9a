# DL3016: git URLs with a #ref are pinned; without one they are not
FROM node:20-alpine
RUN npm install git+https://github.com/lodash/lodash.git#4.17.21
RUN npm install git+ssh://git@github.com/org/private-lib.git
USER node
