# DL3047: -O- alone still shows the progress bar
FROM debian:12.7
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN wget -O- https://example.com/app.tar.gz | tar -xz -C /opt
