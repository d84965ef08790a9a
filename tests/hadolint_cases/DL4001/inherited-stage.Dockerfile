# DL4001: wget in a stage built FROM a stage that used curl
FROM debian:12.7 AS base
RUN curl -fsSL https://example.com/a.sh -o /a.sh
FROM base
RUN wget -q https://example.com/b.tgz
