# DL4001: only curl
FROM debian:12.7
RUN curl -fsSL https://example.com/a.sh -o /a.sh
RUN curl -fsSL https://example.com/b.tgz -o /b.tgz
