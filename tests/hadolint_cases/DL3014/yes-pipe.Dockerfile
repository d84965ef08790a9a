# DL3014: answers piped in with yes | apt-get install
FROM debian:12
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN apt-get update && yes | apt-get install --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
USER nobody
