# DL4000: snippet without FROM
MAINTAINER ann@example.com
RUN echo hi
