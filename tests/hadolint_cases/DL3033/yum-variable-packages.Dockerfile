# DL3033: packages through a shell variable set in the same RUN
FROM rockylinux:9
RUN PKGS="httpd mod_ssl"; yum install -y $PKGS && yum clean all
