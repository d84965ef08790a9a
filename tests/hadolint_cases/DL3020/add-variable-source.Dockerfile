# DL3020: ADD with the source in a variable
FROM debian:12-slim
ARG ARCHIVE=app.tar.gz
ARG CONF=app.conf
ADD ${ARCHIVE} /opt/
ADD $CONF /etc/app/
