# DL3008: options with values (-o Dpkg::Options::=..., -c file) are not packages
FROM debian:12
RUN apt-get update \
    && apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confold -c /etc/apt/custom.conf tzdata=2024a-0+deb12u1 \
    && rm -rf /var/lib/apt/lists/*
