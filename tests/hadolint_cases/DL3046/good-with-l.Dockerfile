# DL3046: useradd -l -u with a high UID is fine
FROM debian:12.7
RUN useradd -l -u 123456789 app
