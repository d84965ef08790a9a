# DL3032: yum clean all in a separate RUN does not shrink the install layer
FROM rockylinux:9
RUN yum install -y httpd-2.4.57
RUN yum clean all
