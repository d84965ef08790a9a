# DL3038: dnf module install without -y
FROM rockylinux:8
RUN dnf module install nodejs:20 && dnf clean all
