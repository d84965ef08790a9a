# DL3032: snippet without FROM, chained with ; and ||
RUN yum install -y httpd-2.4.57; yum clean all || true
