# DL3014: -y combined with other short flags (-yq, -qy)
FROM debian:12
RUN apt-get update && apt-get -yq install --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -qy --no-install-recommends jq=1.6-2.1 && rm -rf /var/lib/apt/lists/*
USER nobody
