# DL3008: "apt install" (not apt-get) and "aptitude install" with unpinned packages
FROM ubuntu:24.04
RUN apt update && apt install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN aptitude install -y wget && rm -rf /var/lib/apt/lists/*
