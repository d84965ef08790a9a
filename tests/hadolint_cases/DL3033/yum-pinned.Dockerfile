# DL3033: yum install with name-version
FROM rockylinux:9
RUN yum install -y httpd-2.4.57 mod_ssl-2.4.57-5.el9 && yum clean all
