# DL3014: -o APT::Get::Assume-Yes=true sets the same option as -y
FROM debian:12
RUN apt-get update && apt-get -o APT::Get::Assume-Yes=true install --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
USER nobody
