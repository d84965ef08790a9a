# DL3032: the yum cache is a cache mount, so cleanup is unnecessary
FROM rockylinux:9
RUN --mount=type=cache,target=/var/cache/yum yum install -y httpd-2.4.57
