# DL3009: apt-get update + install without removing /var/lib/apt/lists
FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
USER nobody
