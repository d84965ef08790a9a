# DL4001: curl and wget in the same RUN
FROM debian:12.7
RUN curl -fsSL https://example.com/a.sh -o /a.sh && wget -q https://example.com/b.tgz
