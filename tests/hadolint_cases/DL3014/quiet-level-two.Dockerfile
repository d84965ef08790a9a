# DL3014: quiet level 2 implies -y (apt-get(8)): -qq, -q=2, --quiet=2
FROM debian:12
RUN apt-get update && apt-get install -qq --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -q=2 --no-install-recommends jq=1.6-2.1 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install --quiet=2 --no-install-recommends git=1:2.39.5-0+deb12u1 && rm -rf /var/lib/apt/lists/*
USER nobody
