# DL3011: a port range within bounds (8000-8100, with /udp) is fine
FROM alpine:3.20
EXPOSE 8000-8100 10000-10010/udp
