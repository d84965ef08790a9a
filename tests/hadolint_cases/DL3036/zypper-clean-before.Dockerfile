# DL3036: zypper clean before the install
FROM opensuse/leap:15.6
RUN zypper clean && zypper -n install nginx=1.21.5
