# DL3032: a tmpfs mount on /var/cache/dnf does not cover /var/cache/yum... and one on /var/cache/yum does
FROM rockylinux:9
RUN --mount=type=tmpfs,target=/var/cache/dnf yum install -y httpd-2.4.57
RUN --mount=type=tmpfs,target=/var/cache/yum yum install -y mod_ssl-2.4.57
