# DL3036: zypper clean in its own RUN
FROM opensuse/leap:15.6
RUN zypper -n install nginx=1.21.5
RUN zypper clean
