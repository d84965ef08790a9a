# DL3040: dnf install cleaned with yum clean all
FROM rockylinux:9
RUN dnf install -y nginx-1.20.1 && yum clean all
