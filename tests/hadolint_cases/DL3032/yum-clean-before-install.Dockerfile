# DL3032: yum clean all runs before the install, not after
FROM rockylinux:9
RUN yum clean all && yum install -y httpd-2.4.57
