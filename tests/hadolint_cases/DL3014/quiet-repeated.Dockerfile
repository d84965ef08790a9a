# DL3014: -q -q and --quiet --quiet are quiet level 2 (like -qq), which implies -y
FROM debian:12
RUN apt-get update && apt-get install -q -q --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install --quiet --quiet --no-install-recommends jq=1.6-2.1 && rm -rf /var/lib/apt/lists/*
USER nobody
