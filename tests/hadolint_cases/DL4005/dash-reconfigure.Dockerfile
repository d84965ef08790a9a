# DL4005: dpkg-reconfigure dash (another way to change /bin/sh)
FROM debian:12.7
RUN echo "dash dash/sh boolean false" | debconf-set-selections && dpkg-reconfigure -f noninteractive dash
