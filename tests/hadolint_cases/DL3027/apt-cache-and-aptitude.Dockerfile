# DL3027: apt-cache and aptitude are not apt
FROM ubuntu:24.04
RUN apt-cache policy curl
RUN aptitude search curl
