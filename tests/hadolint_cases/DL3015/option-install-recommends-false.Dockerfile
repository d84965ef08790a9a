# DL3015: -o APT::Install-Recommends=false and =0 (equivalent to the flag)
FROM debian:12
RUN apt-get update && apt-get install -y -o APT::Install-Recommends=false curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -o APT::Install-Recommends=0 install -y jq=1.6-2.1 && rm -rf /var/lib/apt/lists/*
USER nobody
