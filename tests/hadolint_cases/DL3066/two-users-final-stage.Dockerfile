# DL3066: a named USER followed by a numeric USER in the final stage
FROM alpine:3.22
USER app
RUN echo hi
USER 10001
