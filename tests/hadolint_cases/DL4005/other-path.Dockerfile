# DL4005: linking /usr/bin/sh (not /bin/sh)
FROM debian:12.7
RUN ln -sf /bin/bash /usr/bin/sh
