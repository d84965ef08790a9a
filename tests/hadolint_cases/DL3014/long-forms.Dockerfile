# DL3014: --yes and --assume-yes long forms, option after the package
FROM debian:12
RUN apt-get update && apt-get install --yes --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install --no-install-recommends jq=1.6-2.1 --assume-yes && rm -rf /var/lib/apt/lists/*
USER nobody
