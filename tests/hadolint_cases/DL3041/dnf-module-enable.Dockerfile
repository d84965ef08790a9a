# DL3041: dnf module enable then install of a package from the stream
FROM rockylinux:8
RUN dnf module enable -y nodejs:20 && dnf install -y nodejs-20.14.0 && dnf clean all
