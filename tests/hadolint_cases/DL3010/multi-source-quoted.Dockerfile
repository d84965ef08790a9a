# DL3010: several COPY sources, archive extracted with a quoted path and --directory=
FROM debian:12
COPY config.yaml node-v20.15.1-linux-x64.tar.xz /tmp/
RUN tar --extract --file "/tmp/node-v20.15.1-linux-x64.tar.xz" --directory=/usr/local --strip-components=1
USER nobody
