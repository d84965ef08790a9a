# DL3004: sudo invoked by absolute path /usr/bin/sudo
FROM ubuntu:24.04
RUN /usr/bin/sudo mkdir /data
USER 1000
