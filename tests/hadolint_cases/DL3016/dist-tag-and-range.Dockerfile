# DL3016: a dist-tag (@latest) or a semver range (@^4) counts as having a version in hadolint
FROM node:20-alpine
RUN npm install -g npm@latest nodemon@^3
USER node
