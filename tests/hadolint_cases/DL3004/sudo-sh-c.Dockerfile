# DL3004: sudo inside sh -c '...'
FROM ubuntu:24.04
RUN sh -c 'sudo chown -R 1000 /srv'
USER 1000
