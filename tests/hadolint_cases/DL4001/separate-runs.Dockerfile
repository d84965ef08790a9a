# DL4001: curl in one RUN, wget in a later RUN of the same stage
FROM debian:12.7
RUN curl -fsSL https://example.com/a.sh -o /a.sh
RUN wget -q https://example.com/b.tgz
