# DL3009: "apt update" (not apt-get) and apt-get update inside sh -c, both without cleanup
FROM ubuntu:24.04
RUN apt update && apt install -y --no-install-recommends curl=8.5.0-2ubuntu10.4
RUN sh -c 'apt-get update && apt-get install -y --no-install-recommends jq=1.7.1-3build1'
USER nobody
