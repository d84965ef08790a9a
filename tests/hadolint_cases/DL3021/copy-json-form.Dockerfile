# DL3021: COPY in JSON form with several sources, without and with a trailing slash
FROM node:20-alpine
COPY ["package.json", "package-lock.json", "/usr/src/app"]
COPY ["package.json", "package-lock.json", "/usr/src/app/"]
