# DL3064: ARG with a secret-like name before FROM
ARG NPM_TOKEN
FROM node:22
