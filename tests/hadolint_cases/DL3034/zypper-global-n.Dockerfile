# DL3034: zypper -n / --non-interactive as global options
FROM opensuse/leap:15.6
RUN zypper -n install nginx=1.21.5 && zypper clean
RUN zypper --non-interactive in curl=8.6.0 && zypper clean
