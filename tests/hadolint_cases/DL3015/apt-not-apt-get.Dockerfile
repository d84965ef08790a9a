# DL3015: apt install (not apt-get) without --no-install-recommends
FROM ubuntu:24.04
RUN apt update && apt install -y curl=8.5.0-2ubuntu10.4 && rm -rf /var/lib/apt/lists/*
USER nobody
