# DL3043: ONBUILD with the trigger on a continuation line
FROM node:20-alpine
ONBUILD \
  FROM alpine:3.20
