# DL3066: USER root
FROM alpine:3.22
USER root
