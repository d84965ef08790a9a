# DL4000: MAINTAINER is deprecated
FROM alpine:3.22
MAINTAINER Ann Lee <ann@example.com>
