# DL3037: zypper install with name=version
FROM opensuse/leap:15.6
RUN zypper -n install nginx=1.21.5 curl=8.6.0 && zypper clean
