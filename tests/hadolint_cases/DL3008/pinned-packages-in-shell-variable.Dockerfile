# DL3008: pinned packages passed through a shell variable set in the same RUN
FROM debian:12
RUN deps='curl=7.88.1-10+deb12u8 jq=1.6-2.1' \
    && apt-get update \
    && apt-get install -y --no-install-recommends ${deps} \
    && rm -rf /var/lib/apt/lists/*
