# DL3006: FROM $BASE whose ARG default has no tag
ARG BASE=debian
FROM $BASE
RUN echo hi
