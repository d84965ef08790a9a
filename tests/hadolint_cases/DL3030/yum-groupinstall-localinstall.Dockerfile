# DL3030: groupinstall and localinstall without -y
FROM centos:7
RUN yum groupinstall "Development Tools" && yum clean all
RUN yum localinstall /tmp/app-1.0-1.x86_64.rpm && yum clean all
