# DL4006: SHELL ["/bin/sh", "-o", "pipefail", "-c"] on debian:12 (dash 0.5.12 has no pipefail option)
FROM debian:12.7
SHELL ["/bin/sh", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/install.sh | sh
