# DL3035: dist-upgrade inside sh -c
FROM opensuse/leap:15.6
RUN sh -c "zypper -n dup && zypper clean"
