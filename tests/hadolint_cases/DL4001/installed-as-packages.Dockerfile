# DL4001: curl and wget appear only as package names
FROM debian:12.7
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 wget=1.21.3-1+b2 && rm -rf /var/lib/apt/lists/*
