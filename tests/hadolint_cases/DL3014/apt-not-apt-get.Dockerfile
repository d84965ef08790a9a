# DL3014: apt install without -y (apt, not apt-get)
FROM ubuntu:24.04
RUN apt update && apt install --no-install-recommends curl=8.5.0-2ubuntu10.4 && rm -rf /var/lib/apt/lists/*
USER nobody
