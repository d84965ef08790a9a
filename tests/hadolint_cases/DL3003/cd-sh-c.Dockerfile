# DL3003: cd inside sh -c '...'
FROM alpine:3.20
RUN sh -c 'cd /etc && ls'
USER 1000
