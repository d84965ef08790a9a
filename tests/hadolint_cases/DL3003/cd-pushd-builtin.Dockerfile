# DL3003: pushd/popd (bash) and "builtin cd"
FROM ubuntu:24.04
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN pushd /opt && ls && popd
RUN builtin cd /srv && ls
USER 1000
