# DL3025: ENTRYPOINT in shell form
FROM nginx:1.27-alpine
ENTRYPOINT nginx -g "daemon off;"
