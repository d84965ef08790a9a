# DL3008: apt-get install of an unpinned package is reported
FROM debian:12
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
