# DL3020: ADD of a local .tar.gz / .tar.xz (ADD unpacks them) and of an https URL are allowed
FROM debian:12-slim
ADD rootfs.tar.gz /
ADD vendor.tar.xz /opt/vendor/
ADD https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64 /usr/local/bin/gosu
