# DL4005: /bin/sh as the link source, not the link name
FROM debian:12.7
RUN ln -s /bin/sh /usr/local/bin/posix-sh
