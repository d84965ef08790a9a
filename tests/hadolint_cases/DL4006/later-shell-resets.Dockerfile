# DL4006: a later SHELL without pipefail replaces the earlier one
FROM debian:12.7
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/a.sh | bash
SHELL ["/bin/sh", "-c"]
RUN curl -fsSL https://example.com/b.sh | sh
