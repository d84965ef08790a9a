# DL3024: stage alias equal to a later image name is not a duplicate alias
FROM alpine:3.20 AS alpine
RUN echo hi
FROM alpine AS final
RUN echo bye
