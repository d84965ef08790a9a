# DL3014: -y given to apt-get update but not to apt-get install; DEBIAN_FRONTEND does not answer the prompt
FROM debian:12
RUN apt-get -y update && DEBIAN_FRONTEND=noninteractive apt-get install --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
USER nobody
