# DL3030: yum install without -y inside ONBUILD
FROM rockylinux:9
ONBUILD RUN yum install httpd-2.4.57 && yum clean all
