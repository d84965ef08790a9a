# DL3046: useradd -u with a 9-digit UID and no -l is reported
FROM debian:12.7
RUN useradd -u 123456789 app
