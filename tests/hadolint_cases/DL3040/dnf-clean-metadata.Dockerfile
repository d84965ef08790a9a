# DL3040: dnf clean metadata / packages instead of all
FROM fedora:40
RUN dnf install -y nginx-1.26.1 && dnf clean packages
