# DL4001: curl directly, wget inside sh -c
FROM debian:12.7
RUN curl -fsSL https://example.com/a.sh -o /a.sh && sh -c 'wget -q https://example.com/b.tgz'
