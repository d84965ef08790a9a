# DL3010: an archive that is copied but never extracted (kept as a file) is fine
FROM nginx:1.27-alpine
COPY downloads/release-1.2.3.tar.gz /usr/share/nginx/html/downloads/
USER nginx
