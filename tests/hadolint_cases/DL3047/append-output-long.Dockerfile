# DL3047: --append-output=FILE sends the log to a file
FROM debian:12.7
RUN wget --append-output=/tmp/wget.log https://example.com/app.tar.gz
