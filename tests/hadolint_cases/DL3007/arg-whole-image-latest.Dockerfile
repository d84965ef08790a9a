# DL3007: FROM $IMAGE where the ARG default is ubuntu:latest
ARG IMAGE=ubuntu:latest
FROM $IMAGE
RUN echo hi
