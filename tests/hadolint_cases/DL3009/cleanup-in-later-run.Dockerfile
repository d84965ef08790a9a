# DL3009: cleanup in a later RUN does not shrink the earlier layer
FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
RUN rm -rf /var/lib/apt/lists/*
USER nobody
