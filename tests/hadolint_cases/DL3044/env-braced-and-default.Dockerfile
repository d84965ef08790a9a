# DL3044: braced and defaulted references in the same statement
FROM node:20-alpine
ENV NODE_ROOT=/srv NODE_APP=${NODE_ROOT}/app NODE_LOGS=${NODE_ROOT:-/var}/logs
