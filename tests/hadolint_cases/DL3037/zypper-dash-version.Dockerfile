# DL3037: name-version with a dash (zypper also accepts it)
FROM opensuse/leap:15.6
RUN zypper -n install nginx-1.21.5 && zypper clean
