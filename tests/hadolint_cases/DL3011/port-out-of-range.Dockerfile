# DL3011: a port above 65535 is reported
FROM nginx:1.27-alpine
EXPOSE 70000
