# DL3046: --uid VALUE (long option with separate value) and no -l
FROM debian:12.7
RUN useradd --uid 1000000 --create-home app
