# DL3008: packages passed through a shell variable set in the same RUN
FROM debian:12
RUN buildDeps='gcc libc6-dev make' \
    && apt-get update \
    && apt-get install -y --no-install-recommends $buildDeps \
    && rm -rf /var/lib/apt/lists/*
