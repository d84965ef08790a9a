# DL3046: useradd inside sh -c '...'
FROM debian:12.7
RUN sh -c 'useradd -u 123456789 app'
