# DL3008: unpinned install in an ONBUILD trigger and in a non-final stage
FROM debian:12 AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
FROM debian:12
ONBUILD RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
