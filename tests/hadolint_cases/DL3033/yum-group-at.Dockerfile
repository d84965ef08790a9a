# DL3033: @group and group names with yum install
FROM rockylinux:9
RUN yum install -y @development && yum clean all
