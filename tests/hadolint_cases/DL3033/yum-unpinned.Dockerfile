# DL3033: yum install without versions
FROM rockylinux:9
RUN yum install -y httpd mod_ssl && yum clean all
