# DL3025: ONBUILD CMD in shell form
FROM node:20-alpine
ONBUILD CMD npm start
