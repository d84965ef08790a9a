# DL3009: apt-get clean alone does not remove /var/lib/apt/lists
FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && apt-get clean
USER nobody
