# DL3030: -y combined with other short flags (-qy / -yq)
FROM rockylinux:9
RUN yum -qy install httpd-2.4.57 && yum clean all
RUN yum install -yq mod_ssl-2.4.57 && yum clean all
