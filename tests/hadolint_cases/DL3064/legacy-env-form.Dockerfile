# DL3064: legacy ENV name value form
FROM alpine:3.22
ENV MYSQL_ROOT_PASSWORD rootpw
