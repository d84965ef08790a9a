# DL3035: zypper update is not dist-upgrade
FROM opensuse/leap:15.6
RUN zypper -n update && zypper clean
