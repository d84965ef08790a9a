# DL3038: dnf alias "in" for install, without -y
FROM fedora:40
RUN dnf in nginx-1.26.1 && dnf clean all
