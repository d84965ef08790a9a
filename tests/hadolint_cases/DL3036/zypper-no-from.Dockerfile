# DL3036: snippet without FROM
RUN zypper -n in python3=3.6.15
