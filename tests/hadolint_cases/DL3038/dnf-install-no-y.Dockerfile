# DL3038: dnf install without -y
FROM fedora:40
RUN dnf install nginx-1.26.1 && dnf clean all
