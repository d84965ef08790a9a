# DL4006: RUN with a pipe and no pipefail
FROM debian:12.7
RUN curl -fsSL https://example.com/install.sh | bash
