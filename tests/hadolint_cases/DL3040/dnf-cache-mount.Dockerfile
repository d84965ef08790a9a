# DL3040: /var/cache/dnf as a cache mount, and a cache mount on the yum dir only
FROM fedora:40
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y nginx-1.26.1
RUN --mount=type=cache,target=/var/cache/yum dnf install -y curl-8.6.0
