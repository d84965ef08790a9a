# DL4000: the word MAINTAINER only in a comment and in a RUN string
FROM alpine:3.22
# MAINTAINER ann@example.com
RUN echo "MAINTAINER ann"
