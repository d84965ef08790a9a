# DL3041: dnf install without versions
FROM fedora:40
RUN dnf install -y nginx curl && dnf clean all
