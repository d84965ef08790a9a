# DL4006: SHELL with -o pipefail before the piped RUN
FROM debian:12.7
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/install.sh | bash
