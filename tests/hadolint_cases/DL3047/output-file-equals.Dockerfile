# DL3047: --output-file=FILE (long option with =) sends the log to a file
FROM debian:12.7
RUN wget --output-file=/tmp/wget.log https://example.com/app.tar.gz
