# DL3047: wget inside sh -c '...'
FROM debian:12.7
RUN sh -c 'wget https://example.com/app.tar.gz'
