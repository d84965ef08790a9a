# DL3008: every package pinned with pkg=version is fine
FROM debian:12
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 ca-certificates=20230311 \
    && rm -rf /var/lib/apt/lists/*
