# DL3035: zypper dist-upgrade
FROM opensuse/leap:15.6
RUN zypper -n dist-upgrade && zypper clean
