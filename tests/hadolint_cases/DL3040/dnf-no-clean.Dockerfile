# DL3040: dnf install without dnf clean all
FROM fedora:40
RUN dnf install -y nginx-1.26.1
