# DL3043: ONBUILD MAINTAINER is not allowed
FROM node:20-alpine
ONBUILD MAINTAINER jane@example.com
