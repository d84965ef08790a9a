# DL3066: numeric USER followed by a named USER in the final stage
FROM alpine:3.22
USER 10001
RUN echo hi
USER app
