# DL3007: FROM image:latest is reported
FROM node:latest
RUN node --version
