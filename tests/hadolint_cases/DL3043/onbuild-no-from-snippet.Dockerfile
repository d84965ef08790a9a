# DL3043: snippet without FROM
ONBUILD MAINTAINER ops@example.com
