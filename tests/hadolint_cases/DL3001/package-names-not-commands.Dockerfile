# DL3001: vim/procps as package names or arguments (not as commands) are not reported
FROM debian:12
RUN apt-get update \
    && apt-get install -y --no-install-recommends vim=2:9.0.1378-2 procps=2:4.0.2-3 \
    && rm -rf /var/lib/apt/lists/*
RUN echo "use vim or top to inspect" > /etc/motd
USER nobody
