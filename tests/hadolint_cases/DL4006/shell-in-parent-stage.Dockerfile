# DL4006: SHELL with pipefail set in a base stage, inherited by FROM base
FROM debian:12.7 AS base
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
FROM base
RUN curl -fsSL https://example.com/install.sh | bash
