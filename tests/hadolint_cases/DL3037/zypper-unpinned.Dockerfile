# DL3037: zypper install without a version
FROM opensuse/leap:15.6
RUN zypper -n install nginx && zypper clean
