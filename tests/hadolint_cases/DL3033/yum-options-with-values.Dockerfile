# DL3033: options taking a value (--enablerepo X, --setopt) before pinned packages
FROM rockylinux:9
RUN yum install -y --enablerepo crb --setopt=tsflags=nodocs ninja-build-1.10.2 && yum clean all
