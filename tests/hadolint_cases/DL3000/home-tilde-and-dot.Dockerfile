# DL3000: ~ and ./ paths are relative (Docker does not expand ~)
FROM ubuntu:24.04
WORKDIR ~/app
WORKDIR ./build
USER 1000
