# DL3061: RUN before the first FROM
RUN echo hello
FROM alpine:3.22
