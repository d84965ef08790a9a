# DL4003: three CMDs in one stage
FROM alpine:3.22
CMD ["echo", "one"]
RUN echo hi
CMD echo two
CMD ["echo", "three"]
