# DL3009: only /var/cache/apt is a cache mount; /var/lib/apt/lists still lands in the image
FROM debian:12
RUN --mount=type=cache,target=/var/cache/apt \
    apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
USER nobody
