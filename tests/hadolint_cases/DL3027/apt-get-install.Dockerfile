# DL3027: apt-get is fine
FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2ubuntu10 && rm -rf /var/lib/apt/lists/*
