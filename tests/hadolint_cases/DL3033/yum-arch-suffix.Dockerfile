# DL3033: name.arch and name-version.arch forms
FROM rockylinux:9
RUN yum install -y glibc.i686 glibc-2.34-100.el9.x86_64 && yum clean all
