# DL3010: ADD extracts the local archive itself (fine)
FROM debian:12
ADD app.tar.gz /opt/
USER nobody
