# DL4006: set -euxo pipefail inside the RUN with SHELL bash (no -o in SHELL)
FROM debian:12.7
SHELL ["/bin/bash", "-c"]
RUN set -euxo pipefail; curl -fsSL https://example.com/install.sh | bash
