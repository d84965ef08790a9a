# DL3006: FROM with an explicit tag is fine
FROM ubuntu:24.04
RUN echo hi
