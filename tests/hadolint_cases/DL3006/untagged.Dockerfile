# DL3006: FROM without a tag is reported
FROM ubuntu
RUN echo hi
