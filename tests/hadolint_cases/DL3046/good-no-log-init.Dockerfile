# DL3046: --no-log-init is the long form of -l
FROM debian:12.7
RUN useradd --no-log-init --uid 123456789 --create-home app
