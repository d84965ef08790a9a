# DL3015: two installs in one multi-line RUN, only the second lacks the flag
FROM debian:12
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \
    && apt-get install -y jq=1.6-2.1 \
    && rm -rf /var/lib/apt/lists/*
USER nobody
