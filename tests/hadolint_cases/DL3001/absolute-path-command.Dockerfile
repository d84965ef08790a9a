# DL3001: command invoked by absolute path (/usr/sbin/service, /bin/mount)
FROM debian:12
RUN /usr/sbin/service cron start
RUN /bin/mount -t tmpfs none /mnt
USER nobody
