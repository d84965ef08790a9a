# DL3036: cache removed with rm -rf /var/cache/zypp
FROM opensuse/leap:15.6
RUN zypper -n install nginx=1.21.5 && rm -rf /var/cache/zypp/*
