# DL3030: yum update / remove without -y (not install commands)
FROM rockylinux:9
RUN yum update && yum remove vim-minimal && yum clean all
