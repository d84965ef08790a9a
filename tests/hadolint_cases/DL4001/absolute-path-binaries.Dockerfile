# DL4001: /usr/bin/curl and /usr/bin/wget by full path
FROM debian:12.7
RUN /usr/bin/curl -fsSL https://example.com/a -o /a && /usr/bin/wget -q https://example.com/b
