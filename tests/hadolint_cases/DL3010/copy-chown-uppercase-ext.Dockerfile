# DL3010: COPY --chown with an upper-case archive extension (.TAR.GZ)
FROM debian:12
COPY --chown=1000:1000 SDK.TAR.GZ /tmp/
RUN tar -xzf /tmp/SDK.TAR.GZ -C /opt
USER 1000
