# DL4005: inside sh -c
FROM debian:12.7
RUN sh -c 'ln -sf /bin/bash /bin/sh'
