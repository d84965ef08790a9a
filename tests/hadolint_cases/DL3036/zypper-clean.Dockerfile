# DL3036: zypper install followed by zypper clean
FROM opensuse/leap:15.6
RUN zypper -n install nginx=1.21.5 && zypper clean
