# DL3047: wget without progress/quiet flags is reported
FROM debian:12.7
RUN wget https://example.com/app.tar.gz
