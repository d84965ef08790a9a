# DL3020: ADD with an archive and a plain file: the plain file still makes it COPY-worthy
FROM debian:12-slim
ADD app.tar.gz config.yaml /opt/app/
