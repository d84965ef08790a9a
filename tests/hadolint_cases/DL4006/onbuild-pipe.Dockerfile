# DL4006: pipe in an ONBUILD RUN trigger
FROM debian:12.7
ONBUILD RUN curl -fsSL https://example.com/install.sh | bash
