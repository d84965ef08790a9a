# DL3006: image name with the tag given by an ARG (FROM node:${NODE_VERSION})
ARG NODE_VERSION=20
FROM node:${NODE_VERSION}-alpine
RUN node --version
