# DL3030: yum install without -y in sh -c and in a heredoc
FROM rockylinux:9
RUN sh -c 'yum install httpd-2.4.57 && yum clean all'
RUN <<EOF
yum install mod_ssl-2.4.57
yum clean all
EOF
