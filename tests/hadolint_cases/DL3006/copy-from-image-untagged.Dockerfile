# DL3006: COPY --from=<untagged external image> is not a FROM (not checked)
FROM alpine:3.20
COPY --from=nginx /etc/nginx/nginx.conf /etc/nginx/nginx.conf
RUN echo hi
