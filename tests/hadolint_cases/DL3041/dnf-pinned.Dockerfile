# DL3041: dnf install with name-version
FROM fedora:40
RUN dnf install -y nginx-1.26.1 curl-8.6.0-10.fc40 && dnf clean all
