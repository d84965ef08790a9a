# DL3000: WORKDIR "${dir}" from a variable set by ARG/ENV (not statically relative)
FROM ubuntu:24.04
ARG dir=/opt/app
ENV HOME_DIR=/home/app
WORKDIR "${dir}"
WORKDIR $HOME_DIR
WORKDIR ${HOME_DIR}/logs
USER 1000
