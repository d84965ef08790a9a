# DL3030: yum install -y
FROM rockylinux:9
RUN yum install -y httpd-2.4.57 && yum clean all
