# DL3008: local .deb archives (./x.deb, /tmp/x.deb) have a fixed version
FROM debian:12
COPY google-chrome-stable_current_amd64.deb /tmp/
RUN apt-get update \
    && apt-get install -y --no-install-recommends /tmp/google-chrome-stable_current_amd64.deb ./vendor/tool_1.0_amd64.deb \
    && rm -rf /var/lib/apt/lists/*
