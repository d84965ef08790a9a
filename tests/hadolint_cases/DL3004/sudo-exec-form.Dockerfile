# DL3004: exec-form RUN ["sudo", ...]
FROM ubuntu:24.04
RUN ["sudo", "mkdir", "/data"]
USER 1000
