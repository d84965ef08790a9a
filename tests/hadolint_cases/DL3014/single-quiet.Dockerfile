# DL3014: a single -q (quiet level 1) does not imply -y
FROM debian:12
RUN apt-get update && apt-get install -q --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
USER nobody
