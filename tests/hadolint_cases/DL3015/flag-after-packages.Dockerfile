# DL3015: the flag written after the package names
FROM debian:12
RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u8 jq=1.6-2.1 --no-install-recommends && rm -rf /var/lib/apt/lists/*
USER nobody
