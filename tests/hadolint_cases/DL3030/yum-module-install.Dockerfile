# DL3030: yum module install without -y
FROM rockylinux:8
RUN yum module install nodejs:20 && yum clean all
