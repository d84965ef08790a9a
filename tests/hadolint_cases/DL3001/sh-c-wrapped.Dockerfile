# DL3001: pointless command hidden inside sh -c '...'
FROM alpine:3.20
RUN sh -c 'top -b -n 1'
RUN /bin/bash -c "ifconfig eth0"
USER nobody
