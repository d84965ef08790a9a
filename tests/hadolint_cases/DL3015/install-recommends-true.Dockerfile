# DL3015: --install-recommends / -o APT::Install-Recommends=true explicitly enable recommends
FROM debian:12
RUN apt-get update && apt-get install -y -o APT::Install-Recommends=true curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
USER nobody
