# DL3010: tar that creates (-c) an archive of the same name, not an extraction
FROM debian:12
COPY backup.tar /srv/
RUN tar -cf /srv/backup.tar /etc/app
USER nobody
