# DL4005: SHELL instruction instead of relinking /bin/sh
FROM debian:12.7
SHELL ["/bin/bash", "-c"]
RUN echo hi
