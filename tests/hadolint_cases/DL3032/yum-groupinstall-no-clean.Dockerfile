# DL3032: yum groupinstall without yum clean all
FROM centos:7
RUN yum groupinstall -y "Development Tools"
