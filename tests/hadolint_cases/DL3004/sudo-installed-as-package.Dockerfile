# DL3004: installing the sudo package and editing sudoers (sudo only as an argument) is not sudo usage
FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends sudo=1.9.13p3-1+deb12u1 \
    && echo "app ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/app \
    && rm -rf /var/lib/apt/lists/*
USER 1000
