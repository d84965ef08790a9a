# DL3007: COPY --from=image:latest (an external image in COPY, not a FROM)
FROM alpine:3.20
COPY --from=nginx:latest /etc/nginx/nginx.conf /etc/nginx/nginx.conf
RUN echo hi
