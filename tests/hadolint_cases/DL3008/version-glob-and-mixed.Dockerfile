# DL3008: a version glob (pkg=1.2.*) counts as pinned; one unpinned package in the list is still reported
FROM ubuntu:24.04
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3=3.12.* git \
    && rm -rf /var/lib/apt/lists/*
