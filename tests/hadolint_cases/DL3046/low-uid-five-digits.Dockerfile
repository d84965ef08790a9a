# DL3046: a UID of 5 digits (65534) is not high
FROM debian:12.7
RUN useradd -u 65534 -m app
