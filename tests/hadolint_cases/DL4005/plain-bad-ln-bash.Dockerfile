# DL4005: ln -sf /bin/bash /bin/sh changes the default shell
FROM debian:12.7
RUN ln -sf /bin/bash /bin/sh
