# DL3004: sudo after a pipe and after ; / ||
FROM ubuntu:24.04
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://deb.nodesource.com/setup_20.x | sudo -E bash -
RUN true; sudo rm -rf /tmp/* || true
USER 1000
