# DL3010: COPY an archive then extract it with tar in a RUN
FROM debian:12
COPY app.tar.gz /tmp/
RUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz
USER nobody
