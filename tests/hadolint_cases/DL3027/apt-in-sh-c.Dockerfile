# DL3027: apt inside sh -c
FROM ubuntu:24.04
RUN sh -c 'apt update && apt install -y curl'
