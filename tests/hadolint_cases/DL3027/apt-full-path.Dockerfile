# DL3027: apt called by its full path
FROM ubuntu:24.04
RUN /usr/bin/apt install -y curl
