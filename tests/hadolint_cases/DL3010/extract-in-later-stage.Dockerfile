# DL3010: archive COPYed in one stage, a tar of the same name runs in a different stage
FROM debian:12 AS a
COPY vendor.tgz /tmp/
FROM debian:12
RUN tar -xzf /tmp/vendor.tgz -C /opt || true
USER nobody
