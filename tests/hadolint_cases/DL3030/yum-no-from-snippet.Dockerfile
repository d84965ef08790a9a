# DL3030: snippet without FROM, yum install over continuation lines
RUN yum install \
      httpd-2.4.57 \
    && yum clean all
