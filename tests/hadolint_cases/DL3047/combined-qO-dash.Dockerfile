# DL3047: -qO- (quiet combined with -O-) is fine
FROM debian:12.7
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN wget -qO- https://example.com/app.tar.gz | tar -xz -C /opt
