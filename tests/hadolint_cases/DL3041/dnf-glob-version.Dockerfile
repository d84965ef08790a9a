# DL3041: version with a glob
FROM fedora:40
RUN dnf install -y 'nginx-1.26.*' && dnf clean all
