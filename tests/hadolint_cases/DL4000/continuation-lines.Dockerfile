# DL4000: MAINTAINER value continued over two lines
FROM alpine:3.22
MAINTAINER Ann Lee \
  <ann@example.com>
