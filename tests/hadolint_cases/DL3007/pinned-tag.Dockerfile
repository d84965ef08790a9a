# DL3007: a release tag is fine
FROM node:20.15.1-bookworm-slim
RUN node --version
