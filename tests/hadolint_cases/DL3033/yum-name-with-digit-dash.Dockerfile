# DL3033: package names that themselves contain -<digit> (python3-pip, lib64-devel)
FROM rockylinux:9
RUN yum install -y python3-pip java-17-openjdk && yum clean all
