# DL3048: one LABEL with several pairs over continuation lines, one key invalid
FROM alpine:3.22
LABEL org.example.team="payments" \
      io.docker.managed="yes" \
      org.example.tier="backend"
