# DL3033: version with a glob (httpd-2.4.*)
FROM rockylinux:9
RUN yum install -y 'httpd-2.4.*' && yum clean all
