# DL3043: lowercase onbuild from
FROM node:20-alpine
onbuild from alpine:3.20
