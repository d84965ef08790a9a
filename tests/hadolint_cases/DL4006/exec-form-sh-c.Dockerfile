# DL4006: exec-form RUN running sh -c with a pipe
FROM debian:12.7
RUN ["/bin/sh", "-c", "curl -fsSL https://example.com/install.sh | bash"]
