# DL3033: yum module install with a stream (nodejs:20) and without one (php)
FROM rockylinux:8
RUN yum module install -y nodejs:20 && yum clean all
RUN yum module install -y php && yum clean all
