# DL3030: --setopt=assumeyes=1 instead of -y
FROM rockylinux:9
RUN yum --setopt=assumeyes=1 install httpd-2.4.57 && yum clean all
