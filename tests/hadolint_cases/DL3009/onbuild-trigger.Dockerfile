# DL3009: an ONBUILD RUN apt-get update without cleanup
FROM debian:12
ONBUILD RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
USER nobody
