# DL3065: FROM --platform=$TARGETPLATFORM is redundant
FROM --platform=$TARGETPLATFORM alpine:3.22
RUN echo hi
