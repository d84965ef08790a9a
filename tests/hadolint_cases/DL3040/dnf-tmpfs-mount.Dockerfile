# DL3040: /var/cache/dnf on a tmpfs mount
FROM fedora:40
RUN --mount=type=tmpfs,target=/var/cache/dnf dnf install -y nginx-1.26.1
