# DL4005: ln --symbolic --force /bin/bash /bin/sh
FROM debian:12.7
RUN ln --symbolic --force /bin/bash /bin/sh
