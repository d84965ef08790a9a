# DL3021: ADD with several sources to a destination without trailing slash
FROM debian:12-slim
ADD a.tar.gz b.tar.gz /opt
