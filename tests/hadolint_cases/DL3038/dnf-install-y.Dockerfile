# DL3038: dnf install -y and --assumeyes
FROM fedora:40
RUN dnf install -y nginx-1.26.1 && dnf clean all
RUN dnf --assumeyes install curl-8.6.0 && dnf clean all
