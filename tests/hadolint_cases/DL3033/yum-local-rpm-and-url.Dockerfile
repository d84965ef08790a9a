# DL3033: local rpm files (with and without a version in the name) and an rpm URL
FROM rockylinux:9
COPY app.rpm app-1.0-1.el9.x86_64.rpm /tmp/
RUN yum install -y /tmp/app.rpm && yum clean all
RUN yum install -y /tmp/app-1.0-1.el9.x86_64.rpm && yum clean all
RUN yum install -y https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm && yum clean all
