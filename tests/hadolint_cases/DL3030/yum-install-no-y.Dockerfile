# DL3030: yum install without -y
FROM rockylinux:9
RUN yum install httpd-2.4.57 && yum clean all
