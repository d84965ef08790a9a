# DL1001: one pragma that ignores several rules (comma list, with SC code)
FROM ubuntu:24.04
# hadolint ignore=DL3008,DL3015,SC2086
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
USER nobody
