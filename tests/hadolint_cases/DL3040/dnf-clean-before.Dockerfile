# DL3040: dnf clean all before the install
FROM fedora:40
RUN dnf clean all && dnf install -y nginx-1.26.1
