# DL3061: ONBUILD before FROM
ONBUILD RUN echo child
FROM alpine:3.22
