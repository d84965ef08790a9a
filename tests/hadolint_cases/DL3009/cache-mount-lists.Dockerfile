# DL3009: /var/lib/apt/lists is a cache mount, so the lists never land in the image
FROM debian:12
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt/lists,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
USER nobody
