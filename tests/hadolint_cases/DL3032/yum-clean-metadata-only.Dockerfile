# DL3032: yum clean metadata (not all) after install
FROM rockylinux:9
RUN yum install -y httpd-2.4.57 && yum clean metadata
