# DL3027: apt inside ONBUILD RUN
FROM ubuntu:24.04
ONBUILD RUN apt install -y curl=8.5.0-2ubuntu10
