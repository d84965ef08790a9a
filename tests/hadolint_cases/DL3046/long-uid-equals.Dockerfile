# DL3046: --uid=VALUE form with a high UID and no -l
FROM debian:12.7
RUN useradd --uid=1000000 app
