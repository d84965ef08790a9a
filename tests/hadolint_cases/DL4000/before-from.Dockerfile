# DL4000: MAINTAINER before FROM
MAINTAINER ann@example.com
FROM alpine:3.22
