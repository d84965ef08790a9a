# DL3047: wget -nv (no-verbose) is fine
FROM debian:12.7
RUN wget -nv https://example.com/app.tar.gz
