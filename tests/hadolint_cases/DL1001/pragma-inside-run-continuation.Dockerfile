# DL1001: ignore pragma written as a comment inside a multi-line RUN continuation
FROM debian:12
RUN apt-get update \
# hadolint ignore=DL3008
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
USER nobody
