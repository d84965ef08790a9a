# DL4005: rm /bin/sh then ln -s in an && chain
FROM debian:12.7
RUN rm /bin/sh && ln -s /bin/bash /bin/sh
