# DL4000: two MAINTAINER instructions
FROM alpine:3.22
MAINTAINER ann@example.com
MAINTAINER bob@example.com
