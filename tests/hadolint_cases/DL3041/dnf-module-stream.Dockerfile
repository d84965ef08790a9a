# DL3041: dnf module install with and without a stream
FROM rockylinux:8
RUN dnf module install -y nodejs:20 && dnf clean all
RUN dnf module install -y php && dnf clean all
