# DL3008: -t <release> takes a value; pkg/release selects a release (treated as pinned by hadolint)
FROM debian:12
RUN echo "deb http://deb.debian.org/debian bookworm-backports main" > /etc/apt/sources.list.d/bp.list \
    && apt-get update \
    && apt-get install -y --no-install-recommends -t bookworm-backports golang-1.22-go=1.22.6-1~bpo12+1 \
    && apt-get install -y --no-install-recommends cockpit/bookworm-backports \
    && rm -rf /var/lib/apt/lists/*
