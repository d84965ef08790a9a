# DL3035: snippet without FROM
RUN zypper -n dist-upgrade
