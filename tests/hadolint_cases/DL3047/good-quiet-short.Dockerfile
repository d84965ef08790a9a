# DL3047: wget -q is fine
FROM debian:12.7
RUN wget -q https://example.com/app.tar.gz
