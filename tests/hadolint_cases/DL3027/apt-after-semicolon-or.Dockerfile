# DL3027: apt after ; and || in a chain
FROM ubuntu:24.04
RUN set -e; apt-get update || apt update
