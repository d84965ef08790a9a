# DL3043: ONBUILD FROM in a non-final stage
FROM node:20-alpine AS base
ONBUILD FROM alpine:3.20
FROM base
RUN node --version
