# DL3001: plain "service ... start" in a RUN is reported
FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends openssh-server=1:9.2p1-2+deb12u3 \
    && rm -rf /var/lib/apt/lists/*
RUN service ssh start
USER nobody
