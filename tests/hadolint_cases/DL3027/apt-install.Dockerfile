# DL3027: apt install instead of apt-get
FROM ubuntu:24.04
RUN apt update && apt install -y curl=8.5.0-2ubuntu10 && rm -rf /var/lib/apt/lists/*
