# DL3030: --assumeyes and -y placed before the subcommand
FROM rockylinux:9
RUN yum --assumeyes install httpd-2.4.57 && yum clean all
RUN yum -y install mod_ssl-2.4.57 && yum clean all
