# DL3046: useradd inside an ONBUILD RUN trigger
FROM debian:12.7
ONBUILD RUN useradd -u 123456789 app
