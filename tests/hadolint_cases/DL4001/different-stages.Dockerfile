# DL4001: curl in one stage, wget in another
FROM debian:12.7 AS fetch
RUN curl -fsSL https://example.com/a.sh -o /a.sh
FROM alpine:3.22
RUN wget -q https://example.com/b.tgz
