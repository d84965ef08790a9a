# DL3022: COPY --from an external image reference (valid in Docker)
FROM alpine:3.20
COPY --from=nginx:1.27-alpine /etc/nginx/nginx.conf /etc/nginx/nginx.conf
COPY --from=ghcr.io/astral-sh/uv:0.4.18 /uv /bin/uv
COPY --from=busybox /bin/busybox /bin/busybox
