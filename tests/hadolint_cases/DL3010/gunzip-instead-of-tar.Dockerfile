# DL3010: a .gz file decompressed with gunzip instead of tar
FROM debian:12
COPY data.csv.gz /data/
RUN gunzip /data/data.csv.gz
USER nobody
