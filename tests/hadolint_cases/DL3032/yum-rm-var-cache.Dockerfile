# DL3032: cache removed with rm -rf /var/cache/yum instead of yum clean all
FROM rockylinux:9
RUN yum install -y httpd-2.4.57 && rm -rf /var/cache/yum
