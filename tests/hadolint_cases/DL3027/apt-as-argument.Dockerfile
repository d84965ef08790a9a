# DL3027: the word apt used as an argument, not as a command
FROM ubuntu:24.04
RUN echo apt > /tmp/pm && ls /etc/apt
