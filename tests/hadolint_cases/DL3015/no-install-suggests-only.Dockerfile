# DL3015: --no-install-suggests alone is not --no-install-recommends
FROM debian:12
RUN apt-get update && apt-get install -y --no-install-suggests curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
USER nobody
