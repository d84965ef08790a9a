# DL3040: cache removed with rm -rf /var/cache/dnf or /var/cache/yum
FROM fedora:40
RUN dnf install -y nginx-1.26.1 && rm -rf /var/cache/dnf
RUN dnf install -y curl-8.6.0 && rm -rf /var/cache/yum
