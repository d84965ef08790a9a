# DL3032: yum install without yum clean all
FROM rockylinux:9
RUN yum install -y httpd-2.4.57
