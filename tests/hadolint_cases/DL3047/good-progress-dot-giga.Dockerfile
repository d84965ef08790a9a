# DL3047: wget --progress=dot:giga is fine
FROM debian:12.7
RUN wget --progress=dot:giga https://example.com/app.tar.gz
