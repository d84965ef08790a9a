# DL3036: zypper cc -a and zypper clean --all
FROM opensuse/leap:15.6
RUN zypper -n in nginx=1.21.5 && zypper cc -a
RUN zypper -n in curl=8.6.0 && zypper clean --all
