# DL3063: lowercase `as` keyword with reserved name in upper case (CONTEXT)
FROM alpine:3.22 as CONTEXT
RUN echo hi
