# DL3009: /var/lib/apt/lists is a tmpfs mount (nothing is kept)
FROM debian:12
RUN --mount=type=tmpfs,target=/var/lib/apt/lists \
    apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
USER nobody
