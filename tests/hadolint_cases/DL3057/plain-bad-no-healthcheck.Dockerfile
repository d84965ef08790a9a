# DL3057: single stage without HEALTHCHECK (rule enabled via override)
FROM nginx:1.27
COPY site/ /usr/share/nginx/html/
