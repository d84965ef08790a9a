# DL3015: apt-get install without --no-install-recommends
FROM debian:12
RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
USER nobody
