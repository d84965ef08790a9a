# DL3043: ONBUILD FROM is not allowed
FROM node:20-alpine
ONBUILD FROM alpine:3.20
