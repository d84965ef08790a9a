# DL3046: a 6-digit UID (100000) counts as high
FROM debian:12.7
RUN useradd -m -u 100000 app
