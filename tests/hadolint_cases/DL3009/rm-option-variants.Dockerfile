# DL3009: other spellings of the cleanup (rm -fr, rm -r -f, rm -rf dir without /*)
FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -fr /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y --no-install-recommends jq=1.6-2.1 && rm -r -f /var/lib/apt/lists
USER nobody
