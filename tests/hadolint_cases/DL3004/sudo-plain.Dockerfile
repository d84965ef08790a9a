# DL3004: plain sudo in a RUN is reported
FROM ubuntu:24.04
RUN sudo apt-get update
USER 1000
