# DL3008: quoted pinned package ("curl=7.88.*") and comment lines inside the continuation
FROM debian:12
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
# http client
        "curl=7.88.1-10+deb12u8" \
# json tool
        jq \
    && rm -rf /var/lib/apt/lists/*
